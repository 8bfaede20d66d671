package vn.loa.agent.protocol;

import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/**
 * Correlation id of one command, a UUID in its canonical 8-4-4-4-12 hex form. Kept as sent (not normalised),
 * so that acks echo exactly what the controller wrote.
 */
public record CommandId(@NotNull String value) {

    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public CommandId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("commandId must be a UUID, got '" + value + "'");
        }
    }

    /** @throws IllegalArgumentException if {@code value} is not a canonical UUID string */
    public static @NotNull CommandId of(final String value) {
        return new CommandId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
