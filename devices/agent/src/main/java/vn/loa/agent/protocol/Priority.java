package vn.loa.agent.protocol;

import java.util.Locale;
import org.jetbrains.annotations.NotNull;

/**
 * Urgency of a broadcast; the playback queue orders plays by it (PROTOCOL.md section 8.1): an {@link #EMERGENCY}
 * breaks in on anything but another emergency, an {@link #IMPORTANT} play goes before waiting routine ones.
 */
public enum Priority {
    ROUTINE,
    IMPORTANT,
    EMERGENCY;

    public @NotNull String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown priority */
    public static @NotNull Priority fromWire(final String wire) {
        for (final Priority p : values()) {
            if (p.wire().equals(wire)) {
                return p;
            }
        }
        throw new IllegalArgumentException("priority must be routine|important|emergency, got '" + wire + "'");
    }
}
