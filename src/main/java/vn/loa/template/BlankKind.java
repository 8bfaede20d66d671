package vn.loa.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The fixed set of patterns a template's blank may declare. Authors choose a kind (and its bounds), never a regular
 * expression: every check here runs in linear time on a value whose length is capped first, so no fill can make the
 * server backtrack (ReDoS). On the wire: {@code time}, {@code date}, {@code area}, {@code number}, {@code text}.
 */
public enum BlankKind {
    /** A time of day, 24-hour {@code HH:MM} ({@code 07:30}). */
    TIME,
    /** A calendar date {@code dd/mm/yyyy} ({@code 06/12/2026}), a real one. */
    DATE,
    /** The name of a village or commune in the template's area, chosen from the area tree. */
    AREA,
    /** A whole number between the blank's {@code min} and {@code max}. */
    NUMBER,
    /** Short free text: letters (any script, with Vietnamese marks), digits, spaces and {@code , . -}. */
    TEXT;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BlankKind of(final String value) {
        for (BlankKind k : values()) {
            if (k.wire().equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind must be time, date, area, number or text");
    }
}
