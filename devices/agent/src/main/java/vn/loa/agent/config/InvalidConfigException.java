package vn.loa.agent.config;

import org.jetbrains.annotations.NotNull;

/** A configuration value is missing or malformed; the message is one line, fit for an operator. */
public final class InvalidConfigException extends RuntimeException {

    public InvalidConfigException(final @NotNull String message) {
        super(message);
    }
}
