package vn.loa.dispatch;

import java.nio.charset.StandardCharsets;

/**
 * The text a command's signature covers (PROTOCOL.md 4.4): {@code LOA-CMD-V1}, then one {@code name=value} line per
 * field in the order of the spec, each line ending in LF. A value with CR or LF would let one field pose as two,
 * and one with a lone surrogate has no exact UTF-8 form, so both are refused here, before anything is signed.
 */
final class CanonicalForm {

    static final String HEADER = "LOA-CMD-V1";

    private final StringBuilder text = new StringBuilder(HEADER).append('\n');

    CanonicalForm field(final String name, final Object value) {
        final String v = String.valueOf(value);
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("field " + name + " contains a line break and cannot be signed");
        }
        if (!WireText.isWellFormed(v)) {
            // UTF-8 would write '?' for a lone surrogate: the signature would cover text the JSON does not carry
            throw new IllegalArgumentException("field " + name + " holds invalid Unicode and cannot be signed");
        }
        text.append(name).append('=').append(v).append('\n');
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
