package vn.loa.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.loa.web.Svg;

/**
 * Plays per day as an inline SVG bar chart (no script, no library): per day a green bar of plays and a red bar of
 * failures side by side, a y axis from 0 to a round maximum with three ticks, day labels under the bars (thinned
 * out to about 16 when the range is long), a legend, and a {@code <title>} tooltip per bar. Every text that comes
 * in is XML-escaped.
 */
public final class DailyChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    static final int LEFT = 48;
    static final int RIGHT = 12;
    static final int TOP = 28;
    static final int BOTTOM = 36;
    static final String PLAYED_COLOUR = "#2e7d32";
    static final String FAILED_COLOUR = "#c62828";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.ROOT);

    private DailyChart() {
    }

    /**
     * @param title the chart's accessible name, such as "Số lượt phát mỗi ngày / Plays per day"
     * @param playedLabel legend and tooltip word for plays, such as "đã phát / played"
     * @param failedLabel legend and tooltip word for failures
     */
    public static String svg(final List<DailyPlays> days, final String title, final String playedLabel,
            final String failedLabel) {
        final long max = niceMax(days.stream().mapToLong(d -> Math.max(d.played(), d.failed())).max().orElse(0));
        final double plotW = WIDTH - LEFT - RIGHT;
        final double plotH = HEIGHT - TOP - BOTTOM;
        final double slot = days.isEmpty() ? plotW : plotW / days.size();
        final double bar = Math.max(1, slot * 0.4);
        final StringBuilder s = new StringBuilder(4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Svg.escape(title)).append("\" font-family=\"sans-serif\""
                        + " font-size=\"11\">");
        s.append("<title>").append(Svg.escape(title)).append("</title>");
        legend(s, playedLabel, failedLabel);
        for (int i = 0; i <= 2; i++) { // y axis ticks at 0, max/2, max
            final long value = max * i / 2;
            final double y = TOP + plotH - plotH * i / 2;
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(f(y)).append("\" stroke=\"#ccc\"/>");
            s.append("<text class=\"y-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(value).append("</text>");
        }
        final int every = Math.max(1, (int) Math.ceil(days.size() / 16.0));
        for (int i = 0; i < days.size(); i++) {
            final DailyPlays d = days.get(i);
            final double x = LEFT + slot * i + (slot - 2 * bar) / 2;
            final String day = d.day().format(DAY);
            rect(s, x, d.played(), max, plotH, bar, PLAYED_COLOUR, "played", day + ": " + d.played() + " " + playedLabel);
            rect(s, x + bar, d.failed(), max, plotH, bar, FAILED_COLOUR, "failed",
                    day + ": " + d.failed() + " " + failedLabel);
            if (i % every == 0) {
                s.append("<text class=\"x-label\" x=\"").append(f(LEFT + slot * i + slot / 2)).append("\" y=\"")
                        .append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"middle\">").append(day).append("</text>");
            }
        }
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(f(TOP + plotH)).append("\" stroke=\"#333\"/>");
        return s.append("</svg>").toString();
    }

    /**
     * The smallest of 2, 4, 10 times a power of ten that is at least {@code value} (at least 2): even, so the middle
     * tick (max / 2) is a whole number of plays drawn where it belongs.
     */
    static long niceMax(final long value) {
        long step = 1;
        while (true) {
            for (long m : new long[] {2, 4, 10}) {
                if (m * step >= value) {
                    return m * step;
                }
            }
            step *= 10;
        }
    }

    private static void rect(final StringBuilder s, final double x, final long value, final long max,
            final double plotH, final double width, final String colour, final String cssClass, final String tip) {
        final double h = plotH * value / max;
        s.append("<rect class=\"").append(cssClass).append("\" x=\"").append(f(x)).append("\" y=\"")
                .append(f(TOP + plotH - h)).append("\" width=\"").append(f(width)).append("\" height=\"").append(f(h))
                .append("\" fill=\"").append(colour).append("\"><title>").append(Svg.escape(tip))
                .append("</title></rect>");
    }

    private static void legend(final StringBuilder s, final String played, final String failed) {
        s.append("<rect x=\"").append(LEFT).append("\" y=\"8\" width=\"10\" height=\"10\" fill=\"").append(PLAYED_COLOUR)
                .append("\"/><text x=\"").append(LEFT + 14).append("\" y=\"17\">").append(Svg.escape(played))
                .append("</text>");
        s.append("<rect x=\"").append(LEFT + 200).append("\" y=\"8\" width=\"10\" height=\"10\" fill=\"")
                .append(FAILED_COLOUR).append("\"/><text x=\"").append(LEFT + 214).append("\" y=\"17\">")
                .append(Svg.escape(failed)).append("</text>");
    }

    /** Coordinates with at most one decimal, dot as separator whatever the locale. */
    static String f(final double v) {
        final long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
