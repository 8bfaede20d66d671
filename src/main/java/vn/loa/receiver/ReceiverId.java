package vn.loa.receiver;

import java.util.regex.Pattern;

/**
 * A receiver's id: 2 to 63 characters of {@code [a-z0-9-]}, starting with a letter or digit. It is part of MQTT
 * topics and client ids, so the format keeps out wildcards ({@code + #}), separators ({@code /}) and anything a
 * cheap device's MQTT stack might choke on.
 */
public record ReceiverId(String value) {

    /** The format as a regular expression, for validation annotations. */
    public static final String REGEX = "[a-z0-9][a-z0-9-]{1,62}";
    private static final Pattern FORMAT = Pattern.compile(REGEX);

    public ReceiverId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("receiver id must match " + FORMAT.pattern() + ", got '" + value + "'");
        }
    }

    public static ReceiverId of(final String value) {
        return new ReceiverId(value);
    }

    public static boolean isValid(final String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
