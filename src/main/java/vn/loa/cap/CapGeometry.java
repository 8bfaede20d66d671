package vn.loa.cap;

import java.util.ArrayList;
import java.util.List;

/**
 * CAP 1.2 shapes (section 3.2.4) tested against a receiver's position (WGS 84 degrees). A {@code polygon} is
 * "lat,lon lat,lon ..." with at least four points, the first and last the same; a {@code circle} is
 * "lat,lon radius" with the radius in kilometres. Polygons are tested on the plane of latitude and longitude (even-odd
 * rule), which is exact enough at the size of a province; circles by great-circle distance.
 */
public sealed interface CapGeometry {

    /** Mean Earth radius, kilometres. */
    double EARTH_RADIUS_KM = 6371.0088;

    boolean contains(double latitude, double longitude);

    record Polygon(List<double[]> points) implements CapGeometry {

        @Override
        public boolean contains(final double lat, final double lon) {
            boolean inside = false;
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                final double[] a = points.get(i);
                final double[] b = points.get(j);
                if ((a[1] > lon) != (b[1] > lon) && lat < (b[0] - a[0]) * (lon - a[1]) / (b[1] - a[1]) + a[0]) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    record Circle(double latitude, double longitude, double radiusKm) implements CapGeometry {

        @Override
        public boolean contains(final double lat, final double lon) {
            final double p1 = Math.toRadians(latitude);
            final double p2 = Math.toRadians(lat);
            final double dp = p2 - p1;
            final double dl = Math.toRadians(lon - longitude);
            final double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                    + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) <= radiusKm;
        }
    }

    /** @throws CapRefusal {@code cap-invalid-polygon} */
    static Polygon polygon(final String text) {
        final String[] pairs = text.strip().split("\\s+");
        final List<double[]> points = new ArrayList<>();
        for (String pair : pairs) {
            points.add(point(pair, "cap-invalid-polygon"));
        }
        if (points.size() < 4 || points.get(0)[0] != points.get(points.size() - 1)[0]
                || points.get(0)[1] != points.get(points.size() - 1)[1]) {
            throw new CapRefusal("cap-invalid-polygon", "a polygon needs at least four points, the last the same as "
                    + "the first (CAP 1.2 section 3.2.4)");
        }
        return new Polygon(List.copyOf(points));
    }

    /** @throws CapRefusal {@code cap-invalid-circle} */
    static Circle circle(final String text) {
        final String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new CapRefusal("cap-invalid-circle", "a circle is 'lat,lon radius-km' (CAP 1.2 section 3.2.4)");
        }
        final double[] centre = point(parts[0], "cap-invalid-circle");
        final double radius;
        try {
            radius = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            throw new CapRefusal("cap-invalid-circle", "the radius of a circle is a number of kilometres");
        }
        if (!Double.isFinite(radius) || radius < 0) {
            throw new CapRefusal("cap-invalid-circle", "the radius of a circle is a number of kilometres, 0 or more");
        }
        return new Circle(centre[0], centre[1], radius);
    }

    private static double[] point(final String pair, final String code) {
        final String[] ll = pair.split(",", -1);
        try {
            if (ll.length == 2) {
                final double lat = Double.parseDouble(ll[0]);
                final double lon = Double.parseDouble(ll[1]);
                if (Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                    return new double[] {lat, lon};
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new CapRefusal(code, "'" + (pair.length() > 40 ? pair.substring(0, 40) + "…" : pair)
                + "' is not a WGS 84 point 'latitude,longitude'");
    }
}
