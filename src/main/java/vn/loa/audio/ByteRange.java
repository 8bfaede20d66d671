package vn.loa.audio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110 section 14.1.2), resolved against a file length.
 *
 * @param first offset of the first byte, inclusive
 * @param last  offset of the last byte, inclusive
 */
record ByteRange(long first, long last) {

    /** What a Range header asks for. */
    sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** No header, several ranges, or a header we ignore as RFC 9110 allows: answer 200 with the whole file. */
    record Whole() implements Request {
    }

    record Part(ByteRange range) implements Request {
    }

    /** A valid range that lies outside the file: answer 416. */
    record Unsatisfiable() implements Request {
    }

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("invalid range " + first + "-" + last);
        }
    }

    long length() {
        return last - first + 1;
    }

    /** @return the {@code Content-Range} value for this range of a file of {@code fileLength} bytes */
    String contentRange(final long fileLength) {
        return "bytes " + first + "-" + last + "/" + fileLength;
    }

    /**
     * Parses {@code bytes=a-b}, {@code bytes=a-} and {@code bytes=-n}. Multiple ranges and malformed headers yield
     * {@link Whole}: a server may always answer with the full representation.
     */
    static Request parse(final String header, final long fileLength) {
        if (header == null) {
            return new Whole();
        }
        final Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        if (m.group(1).isEmpty()) { // suffix: the last n bytes
            final long n = Long.parseLong(m.group(2));
            if (n == 0 || fileLength == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, fileLength - n), fileLength - 1));
        }
        final long first = Long.parseLong(m.group(1));
        final boolean openEnded = m.group(2).isEmpty();
        final long last = openEnded ? Long.MAX_VALUE : Long.parseLong(m.group(2));
        if (last < first) {
            return new Whole(); // syntactically invalid: ignored
        }
        if (first >= fileLength) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first, Math.min(last, fileLength - 1)));
    }
}
