package vn.loa.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.loa.error.InvalidInputException;

/**
 * Filters of {@code GET /api/audit}, validated in {@link #of}: times as ISO-8601 instants, {@code subject} as
 * {@code type} or {@code type:id}.
 */
record AuditQuery(Instant from, Instant to, String actor, String action, String subjectType, String subjectId) {

    static AuditQuery of(final String from, final String to, final String actor, final String action,
            final String subject) {
        final Instant f = instant("from", from);
        final Instant t = instant("to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw new InvalidInputException("bad-range", "'to' is before 'from' / 'to' trước 'from'");
        }
        String type = blankToNull(subject);
        String id = null;
        if (type != null && type.contains(":")) {
            id = type.substring(type.indexOf(':') + 1);
            type = type.substring(0, type.indexOf(':'));
        }
        return new AuditQuery(f, t, blankToNull(actor), blankToNull(action), blankToNull(type), blankToNull(id));
    }

    /** The JPQL condition (after {@code where}) and its parameters, in order. */
    String where(final List<Object> params) {
        final List<String> terms = new ArrayList<>();
        term(terms, params, "at >= ?", from);
        term(terms, params, "at < ?", to);
        term(terms, params, "actor = ?", actor);
        term(terms, params, "action = ?", action);
        term(terms, params, "subjectType = ?", subjectType);
        term(terms, params, "subjectId = ?", subjectId);
        return terms.isEmpty() ? "1 = 1" : String.join(" and ", terms);
    }

    private static void term(final List<String> terms, final List<Object> params, final String sql,
            final Object value) {
        if (value != null) {
            params.add(value);
            terms.add(sql + params.size());
        }
    }

    private static Instant instant(final String name, final String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("bad-time", "'" + name + "' must be an ISO-8601 instant such as "
                    + "2026-11-29T13:00:00Z / '" + name + "' phải là thời điểm ISO-8601");
        }
    }

    private static String blankToNull(final String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
