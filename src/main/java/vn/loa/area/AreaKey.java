package vn.loa.area;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised name two sibling areas must not share: Unicode NFC, stripped, lower case in the root locale (so
 * "Lũng Cú" typed as precomposed or combining letters, or in capitals, is one name). Computed in Java, never by
 * the database's {@code LOWER()}, which follows PostgreSQL's locale and may leave Vietnamese letters alone; stored
 * in {@code area.name_key}, unique per parent (V12).
 */
public final class AreaKey {

    /** Longest key, characters: lower-casing may lengthen a name (Area.MAX_NAME is 120). */
    public static final int MAX = 240;

    private AreaKey() {
    }

    public static String of(final String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    /** The parent as the unique key sees it: a province has none, and SQL would let NULLs repeat. */
    public static long parentKey(final Long parentId) {
        return parentId == null ? 0L : parentId;
    }
}
