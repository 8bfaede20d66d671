package vn.loa.area;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The readable ASCII address of a commune's public page ({@code /c/xa-minh-tan}, {@code vn.loa.publication}): made
 * from the name once, when the commune is created ({@link AreaInserts}), and then kept, so a rename or a move does not
 * break links and podcast subscriptions. Communes older than the column get theirs at start, in id order.
 */
@ApplicationScoped
public class AreaSlugs {

    /** Longest slug, in characters (the column's width). */
    public static final int MAX = 160;
    /** Longest part made from one name, so a province's name still fits after it. */
    static final int MAX_BASE = 70;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final List<String> UNIT_WORDS = List.of("xa-", "phuong-", "thi-tran-", "dac-khu-");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Whether {@code s} has the form of a slug (lowercase ASCII words joined by single hyphens, at most {@link #MAX}). */
    public static boolean wellFormed(final String s) {
        return s != null && s.length() <= MAX && SLUG.matcher(s).matches();
    }

    /**
     * The slug a commune's name makes: Vietnamese letters without their marks ({@code đ} → {@code d}), lowercase,
     * words joined by hyphens, with {@code xa-} in front unless the name already says which unit it is (Xã, Phường,
     * Thị trấn, Đặc khu). {@code "Minh Tân"} → {@code xa-minh-tan}, {@code "Phường Hà Giang 1"} →
     * {@code phuong-ha-giang-1}.
     */
    public static String of(final String communeName) {
        final String plain = plain(communeName);
        final String words = plain.isEmpty() ? "xa" : plain;
        final String slug = UNIT_WORDS.stream().anyMatch(words::startsWith) || words.equals("xa") ? words
                : "xa-" + words;
        return cut(slug, MAX_BASE);
    }

    /** Lowercase ASCII words joined by hyphens, marks removed; empty when nothing is left. */
    static String plain(final String name) {
        final String decomposed = Normalizer.normalize(name == null ? "" : name.replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD);
        final String ascii = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
    }

    /** At most {@code max} characters, cut at a hyphen where one is near. */
    private static String cut(final String s, final int max) {
        if (s.length() <= max) {
            return s;
        }
        final String head = s.substring(0, max);
        final int hyphen = head.lastIndexOf('-');
        return hyphen > max / 2 ? head.substring(0, hyphen) : head.replaceAll("-+$", "");
    }

    /**
     * A slug for a new commune of this name under this province that no area holds yet: the name's, else with the
     * province's name after it ({@code xa-minh-tan-tuyen-quang}), else numbered.
     */
    String free(final String communeName, final Long provinceId) {
        final String base = of(communeName);
        if (!taken(base)) {
            return base;
        }
        final Area province = provinceId == null ? null : Area.findById(provinceId);
        final String withProvince = province == null ? base : base + "-" + cut(plain(province.name), MAX_BASE);
        if (!withProvince.equals(base) && !taken(withProvince)) {
            return withProvince;
        }
        for (int n = 2; ; n++) {
            final String numbered = withProvince + "-" + n;
            if (!taken(numbered)) {
                return numbered;
            }
        }
    }

    private static boolean taken(final String slug) {
        return Area.count("publicSlug", slug) > 0;
    }

    /** Communes from before the column (V22) get their slug at start, in id order, so the result is deterministic. */
    @Transactional
    void onStart(@Observes @Priority(8) final StartupEvent ignored) {
        final List<Area> missing = Area.list("level = ?1 and publicSlug is null order by id", AreaLevel.COMMUNE);
        for (Area commune : missing) {
            commune.publicSlug = free(commune.name, commune.parentId);
            commune.flush();
        }
    }
}
