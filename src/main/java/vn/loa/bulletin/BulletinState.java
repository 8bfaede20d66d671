package vn.loa.bulletin;

import java.util.Set;
import vn.loa.error.InvalidInputException;

/**
 * Life cycle of a bulletin: {@code DRAFT → SUBMITTED → APPROVED | REJECTED}. A rejected bulletin may be edited,
 * which brings it back to {@code DRAFT}; an approved one is immutable (a change makes a new draft that points back
 * to it).
 */
public enum BulletinState {
    DRAFT, SUBMITTED, APPROVED, REJECTED;

    private Set<BulletinState> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(APPROVED, REJECTED);
            case REJECTED -> Set.of(DRAFT);
            case APPROVED -> Set.of();
        };
    }

    /** Parses a state name from a query, case-insensitively; a clear 400 for anything else. */
    public static BulletinState parse(final String name) {
        for (BulletinState s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new InvalidInputException("invalid-state", "state must be one of DRAFT, SUBMITTED, APPROVED, REJECTED");
    }

    public boolean canMoveTo(final BulletinState target) {
        return next().contains(target);
    }

    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
