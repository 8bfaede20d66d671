package vn.loa.area;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import vn.loa.error.InvalidInputException;

/**
 * The rules an area must keep, as pure functions: names are one line of at most {@value Area#MAX_NAME} characters,
 * stored in Unicode NFC (so "Hoà" typed on two keyboards is one name); levels nest strictly; siblings differ by
 * more than case.
 */
final class AreaRules {

    private AreaRules() {
    }

    /** The name as stored: stripped, NFC, inner whitespace collapsed; refused when empty, too long or multi-line. */
    static String name(final String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("invalid-area-name", "an area needs a name / khu vực cần có tên");
        }
        final String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.length() > Area.MAX_NAME) {
            throw new InvalidInputException("invalid-area-name",
                    "an area name has at most " + Area.MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("invalid-area-name", "an area name is one line without control characters");
        }
        return name;
    }

    /** The key two sibling names must not share: {@link AreaKey#of}. */
    static String key(final String name) {
        return AreaKey.of(name);
    }

    /**
     * Checks that an area of {@code level} may sit under {@code parentLevel} (null: no parent). A province has no
     * parent, a commune sits in a province, a village in a commune.
     */
    static void requireNesting(final AreaLevel level, final AreaLevel parentLevel) {
        if (level.parentLevel() != parentLevel) {
            throw new InvalidInputException("invalid-area-parent", level.parentLevel() == null
                    ? "a province has no parent area / tỉnh không có khu vực cha"
                    : "a " + level.name().toLowerCase(Locale.ROOT) + " must be placed in a "
                            + level.parentLevel().name().toLowerCase(Locale.ROOT) + ", not in "
                            + (parentLevel == null ? "nothing" : "a " + parentLevel.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** The sibling (other than {@code selfId}) whose name equals {@code name} ignoring case, if any. */
    static Optional<AreaTree.Node> clash(final Collection<AreaTree.Node> siblings, final String name, final Long selfId) {
        final String key = key(name);
        return siblings.stream().filter(s -> selfId == null || s.id() != selfId)
                .filter(s -> key(s.name()).equals(key)).findFirst();
    }
}
