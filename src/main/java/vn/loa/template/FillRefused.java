package vn.loa.template;

import vn.loa.error.InvalidInputException;

/**
 * A fill that does not match its blank's declared pattern (or a blank left empty, or a value for no blank). Names
 * the blank so the API's problem and the send page's message can say which one; {@link #reason()} is a stable code
 * the page turns into words.
 */
public class FillRefused extends InvalidInputException {

    private final String blank;
    private final String reason;

    FillRefused(final String blank, final String reason, final String message) {
        super("template-fill-invalid", "blank {" + blank + "}: " + message);
        this.blank = blank;
        this.reason = reason;
    }

    /** The blank's name, as written in the template ({@code thon}). */
    public String blank() {
        return blank;
    }

    /** {@code missing}, {@code too-long}, {@code pattern}, {@code out-of-range}, {@code unknown-area}, {@code unknown-blank}. */
    public String reason() {
        return reason;
    }
}
