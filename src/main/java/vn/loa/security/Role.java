package vn.loa.security;

import java.util.Locale;

/** The four roles of Loa. Stored and checked by their lower-case name ({@link #STAFF} etc. for annotations). */
public enum Role {
    staff, approver, official, admin;

    public static final String STAFF = "staff";
    public static final String APPROVER = "approver";
    public static final String OFFICIAL = "official";
    public static final String ADMIN = "admin";
    /** Any role name, as a regular expression for validation annotations. */
    public static final String REGEX = STAFF + "|" + APPROVER + "|" + OFFICIAL + "|" + ADMIN;

    public static Role of(final String name) {
        try {
            return valueOf(name.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + name + "'; expected staff, approver, official or admin");
        }
    }
}
