package vn.loa.area;

import java.util.Locale;

/**
 * The three levels of Vietnam's administration that Loa knows since the 2025 reform: a province (tỉnh) has communes
 * (xã, phường), a commune has villages (thôn, bản). Levels nest strictly: a commune's parent is a province, a
 * village's parent is a commune, a province has none.
 */
public enum AreaLevel {
    PROVINCE, COMMUNE, VILLAGE;

    /** The level a parent of this level must have; null for a province, which has no parent. */
    public AreaLevel parentLevel() {
        return switch (this) {
            case PROVINCE -> null;
            case COMMUNE -> PROVINCE;
            case VILLAGE -> COMMUNE;
        };
    }

    /** Parses {@code province}, {@code commune} or {@code village}, any case. */
    public static AreaLevel parse(final String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("level must be PROVINCE, COMMUNE or VILLAGE");
        }
    }
}
