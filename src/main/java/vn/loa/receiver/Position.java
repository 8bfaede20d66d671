package vn.loa.receiver;

import vn.loa.error.InvalidInputException;

/**
 * Where a receiver stands: WGS 84 latitude and longitude in degrees. Any valid coordinate is accepted (a test bench
 * abroad is still a receiver); {@link #inVietnam()} tells whether it is roughly inside the country.
 */
public record Position(double latitude, double longitude) {

    public Position {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new InvalidInputException("invalid-position", "latitude must be between -90 and 90 degrees");
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new InvalidInputException("invalid-position", "longitude must be between -180 and 180 degrees");
        }
    }

    /**
     * Both or neither: a position, or null when neither is given.
     *
     * @throws InvalidInputException when only one is given
     */
    public static Position ofNullable(final Double latitude, final Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw new InvalidInputException("invalid-position", "give both latitude and longitude, or neither");
        }
        return new Position(latitude, longitude);
    }

    /** Roughly Vietnam's bounding box, 8–24° N, 102–110° E. */
    public boolean inVietnam() {
        return latitude >= 8 && latitude <= 24 && longitude >= 102 && longitude <= 110;
    }
}
