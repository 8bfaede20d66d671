package vn.loa.cap;

import vn.loa.error.InvalidInputException;

/**
 * A CAP message Loa refuses for its content: not well-formed, a DTD, over the size limit, off the schema, expired,
 * naming no known area or referencing an unknown alert (400). {@link #hostile()} ones (a DTD or entity: an XXE or
 * billion-laughs attempt) are also recorded as security events.
 */
public class CapRefusal extends InvalidInputException {

    private final boolean hostile;

    public CapRefusal(final String code, final String message, final boolean hostile) {
        super(code, message);
        this.hostile = hostile;
    }

    public CapRefusal(final String code, final String message) {
        this(code, message, false);
    }

    public boolean hostile() {
        return hostile;
    }
}
