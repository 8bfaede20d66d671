package vn.loa.bulletin;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How urgent a bulletin is. On the wire and in the API: {@code routine}, {@code important}, {@code emergency}. */
public enum Priority {
    ROUTINE, IMPORTANT, EMERGENCY;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Priority of(final String value) {
        for (Priority p : values()) {
            if (p.wire().equals(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("priority must be routine, important or emergency");
    }
}
