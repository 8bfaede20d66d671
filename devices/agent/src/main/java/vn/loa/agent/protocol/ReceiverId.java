package vn.loa.agent.protocol;

import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/**
 * Identity of one receiver box: {@code [a-z0-9][a-z0-9-]{1,62}} (PROTOCOL.md, "Identifiers").
 */
public record ReceiverId(@NotNull String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    public ReceiverId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("receiverId must match [a-z0-9][a-z0-9-]{1,62}, got '" + value + "'");
        }
    }

    /** @throws IllegalArgumentException if {@code value} is not a valid receiver id */
    public static @NotNull ReceiverId of(final String value) {
        return new ReceiverId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
