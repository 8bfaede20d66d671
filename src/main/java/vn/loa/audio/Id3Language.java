package vn.loa.audio;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

/**
 * The code ID3's TLAN frame wants for a bulletin's language: three letters of ISO 639-2 or ISO 639-3
 * ({@code hmn} H'Mông, {@code tyz} Tày, {@code nut} Nùng, {@code ium} Iu Mien), or {@code und} (undetermined,
 * ISO 639-2) when the language is free text such as "Dao Đỏ"; {@link BulletinTag} then keeps the text in a TXXX frame.
 */
final class Id3Language {

    static final String UNDETERMINED = "und";
    /** A language code with optional subtags: {@code en}, {@code vi-VN}, {@code hmn}. */
    private static final Pattern TAG = Pattern.compile("([a-z]{2,3})(-[A-Za-z0-9]{2,8})*");

    private Id3Language() {
    }

    /** @return a three-letter ISO 639-2/3 code, or {@link #UNDETERMINED} */
    static String code(final String language) {
        final var tag = TAG.matcher(language);
        if (!tag.matches()) {
            return UNDETERMINED;
        }
        final String primary = tag.group(1);
        if (primary.length() == 3) {
            return primary;
        }
        try {
            final String iso3 = new Locale(primary).getISO3Language();
            return iso3.length() == 3 ? iso3 : UNDETERMINED;
        } catch (MissingResourceException e) {
            return UNDETERMINED;
        }
    }

    /** Whether the language is given as a code rather than as free text. */
    static boolean isCode(final String language) {
        return !UNDETERMINED.equals(code(language));
    }
}
