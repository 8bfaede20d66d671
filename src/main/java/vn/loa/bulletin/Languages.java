package vn.loa.bulletin;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A bulletin's language: an ISO 639 code with optional BCP 47 subtags ({@code vi}, {@code en-US}, {@code hmn},
 * {@code tyz}, {@code nut}, {@code ium}) or, for a recorded bulletin, a free-text name ("Dao Đỏ"). Text bulletins
 * need a code (and at approval, a speech engine for it).
 */
final class Languages {

    /** Longest language, in characters: the longest BCP 47 tag commonly supported (RFC 5646 section 4.4.1). */
    static final int MAX_CHARS = 35;
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private Languages() {
    }

    static boolean isCode(final String language) {
        return CODE.matcher(language).matches();
    }

    /** Trimmed and in Unicode NFC, so "Đỏ" typed on any keyboard compares and tags the same. */
    static String normalize(final String language) {
        return Normalizer.normalize(language.strip(), Normalizer.Form.NFC);
    }
}
