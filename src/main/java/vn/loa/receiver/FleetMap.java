package vn.loa.receiver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.loa.web.Svg;

/**
 * The fleet on a map, as inline SVG with no tiles and no script: receivers with a position are circles on an
 * equirectangular projection fitted to their bounding box plus a margin (longitudes shrunk by the cosine of the
 * middle latitude, so distances look right near the tropic), coloured by state; each circle carries a
 * {@code <title>} tooltip with its name and village. Receivers without a position are returned beside the map.
 * Every text is XML-escaped.
 */
public final class FleetMap {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final int PAD = 24;
    /** Share of the bounding box added on each side. */
    static final double MARGIN = 0.1;
    /** Smallest span shown, degrees (about 1 km): one receiver, or several on one roof, still get a map. */
    static final double MIN_SPAN = 0.01;

    /** How a receiver is drawn: offline first, then flagged (any other flag), else online. */
    public enum State {
        ONLINE("#2e7d32"),
        FLAGGED("#f9a825"),
        OFFLINE("#757575");

        final String colour;

        State(final String colour) {
            this.colour = colour;
        }

        public String css() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State of(final ReceiverView r) {
            if (r.flags().contains("offline")) {
                return OFFLINE;
            }
            return r.flags().isEmpty() ? ONLINE : FLAGGED;
        }
    }

    /**
     * The map's words in the reader's language ({@link FleetMessages}): its title and the legend's label of each
     * state, also used in the tooltips.
     */
    public record Legend(String title, String online, String flagged, String offline) {

        static Legend of(final FleetMessages m) {
            return new Legend(m.mapTitle(), m.online(), m.flagged(), m.offline());
        }

        String label(final State state) {
            return switch (state) {
                case ONLINE -> online;
                case FLAGGED -> flagged;
                case OFFLINE -> offline;
            };
        }
    }

    /** The map, and the receivers that could not be placed on it. */
    public record Rendered(String svg, List<ReceiverView> unplaced) {
    }

    private FleetMap() {
    }

    public static Rendered render(final List<ReceiverView> receivers, final Legend legend) {
        final List<ReceiverView> placed = new ArrayList<>();
        final List<ReceiverView> unplaced = new ArrayList<>();
        for (ReceiverView r : receivers) {
            (r.position() == null ? unplaced : placed).add(r);
        }
        final StringBuilder s = new StringBuilder(2048);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fleet-map\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Svg.escape(legend.title()))
                .append("\" font-family=\"sans-serif\" font-size=\"11\"><title>").append(Svg.escape(legend.title()))
                .append("</title>")
                .append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"")
                .append(HEIGHT - 1).append("\" fill=\"#f4f8fb\" stroke=\"#9ab\"/>");
        if (!placed.isEmpty()) {
            final Projection p = Projection.fit(placed);
            s.append("<text class=\"bounds\" x=\"6\" y=\"14\">").append(degrees(p.north, 'N', 'S')).append(", ")
                    .append(degrees(p.west, 'E', 'W')).append("</text>");
            s.append("<text class=\"bounds\" x=\"").append(WIDTH - 6).append("\" y=\"").append(HEIGHT - 6)
                    .append("\" text-anchor=\"end\">").append(degrees(p.south, 'N', 'S')).append(", ")
                    .append(degrees(p.east, 'E', 'W')).append("</text>");
            for (ReceiverView r : placed) {
                final State state = State.of(r);
                s.append("<circle class=\"receiver ").append(state.css()).append("\" data-id=\"")
                        .append(Svg.escape(r.id())).append("\" cx=\"").append(f(p.x(r.position().longitude())))
                        .append("\" cy=\"").append(f(p.y(r.position().latitude()))).append("\" r=\"7\" fill=\"")
                        .append(state.colour).append("\" stroke=\"#fff\" stroke-width=\"1.5\"><title>")
                        .append(Svg.escape(r.name() + " — " + r.village() + " (" + legend.label(state) + ")"))
                        .append("</title></circle>");
            }
        }
        s.append("<g class=\"legend\">");
        int y = HEIGHT - 12 - 16 * (State.values().length - 1);
        for (State state : State.values()) {
            s.append("<circle cx=\"14\" cy=\"").append(y - 4).append("\" r=\"5\" fill=\"").append(state.colour)
                    .append("\"/><text x=\"24\" y=\"").append(y).append("\">").append(Svg.escape(legend.label(state)))
                    .append("</text>");
            y += 16;
        }
        s.append("</g>");
        return new Rendered(s.append("</svg>").toString(), List.copyOf(unplaced));
    }

    /** Equirectangular projection of a bounding box onto the drawing area, centred, aspect kept. */
    record Projection(double north, double south, double west, double east, double scale, double xScale,
            double offsetX, double offsetY) {

        static Projection fit(final List<ReceiverView> placed) {
            double north = -90;
            double south = 90;
            double west = 180;
            double east = -180;
            for (ReceiverView r : placed) {
                north = Math.max(north, r.position().latitude());
                south = Math.min(south, r.position().latitude());
                east = Math.max(east, r.position().longitude());
                west = Math.min(west, r.position().longitude());
            }
            final double latPad = Math.max((north - south) * MARGIN, (MIN_SPAN - (north - south)) / 2);
            final double lonPad = Math.max((east - west) * MARGIN, (MIN_SPAN - (east - west)) / 2);
            north = Math.min(90, north + Math.max(latPad, 0));
            south = Math.max(-90, south - Math.max(latPad, 0));
            east = Math.min(180, east + Math.max(lonPad, 0));
            west = Math.max(-180, west - Math.max(lonPad, 0));
            final double xScale = Math.max(0.05, Math.cos(Math.toRadians((north + south) / 2)));
            final double spanX = (east - west) * xScale;
            final double spanY = north - south;
            final double scale = Math.min((WIDTH - 2.0 * PAD) / spanX, (HEIGHT - 2.0 * PAD) / spanY);
            final double offsetX = PAD + ((WIDTH - 2.0 * PAD) - spanX * scale) / 2;
            final double offsetY = PAD + ((HEIGHT - 2.0 * PAD) - spanY * scale) / 2;
            return new Projection(north, south, west, east, scale, xScale, offsetX, offsetY);
        }

        double x(final double longitude) {
            return offsetX + (longitude - west) * xScale * scale;
        }

        double y(final double latitude) {
            return offsetY + (north - latitude) * scale;
        }
    }

    private static String degrees(final double value, final char positive, final char negative) {
        return String.format(Locale.ROOT, "%.3f°%c", Math.abs(value), value >= 0 ? positive : negative);
    }

    static String f(final double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
