package vn.loa.template;

import java.util.Set;
import vn.loa.error.InvalidInputException;

/**
 * Life cycle of an emergency template: {@code DRAFT → SUBMITTED → APPROVED | REJECTED}. A rejected template is
 * edited back to {@code DRAFT}; so is an approved one, which then cannot be sent until approved again. Any template
 * may be archived, which is final: it is kept (bulletins point at it) but never sent or changed again.
 */
public enum TemplateState {
    DRAFT, SUBMITTED, APPROVED, REJECTED, ARCHIVED;

    private Set<TemplateState> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED, ARCHIVED);
            case SUBMITTED -> Set.of(APPROVED, REJECTED, ARCHIVED);
            case APPROVED, REJECTED -> Set.of(DRAFT, ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }

    public boolean canMoveTo(final TemplateState target) {
        return next().contains(target);
    }

    /** Parses a state name from a query, case-insensitively; a clear 400 for anything else. */
    public static TemplateState parse(final String name) {
        for (TemplateState s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new InvalidInputException("invalid-state",
                "state must be one of DRAFT, SUBMITTED, APPROVED, REJECTED, ARCHIVED");
    }
}
