package vn.loa.audio;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites a Vietnamese bulletin into the words a commune announcer would say, before espeak-ng speaks it: phone
 * numbers digit by digit, dates, times, money, measures and abbreviations spelled out, then every remaining number
 * in words ({@link VietnameseNumbers}). Pure and stateless.
 *
 * <p>The passes run in a fixed order because their patterns overlap: phone numbers and full dates first (both are
 * digit groups with separators), then ranges ("15-16/12"), day and month, times, money and units, and plain numbers
 * last.
 */
final class VietnameseNormalizer {

    /**
     * Abbreviations common in commune notices, each with one meaning only. Left out on purpose, because they have
     * several: TT (thị trấn, thông tư, trung tâm), CA, TP, ĐT (điện thoại, đường tỉnh). "thôn" is a word, not one.
     */
    static final Map<String, String> ABBREVIATIONS = table(
            "UBND", "Ủy ban nhân dân",
            "HĐND", "Hội đồng nhân dân",
            "MTTQ", "Mặt trận Tổ quốc",
            "HTX", "hợp tác xã",
            "BHYT", "bảo hiểm y tế",
            "BHXH", "bảo hiểm xã hội",
            "THCS", "trung học cơ sở",
            "THPT", "trung học phổ thông",
            "PCCC", "phòng cháy chữa cháy",
            "PCTT", "phòng chống thiên tai",
            "TKCN", "tìm kiếm cứu nạn",
            "TTYT", "trung tâm y tế",
            "CCCD", "căn cước công dân",
            "SĐT", "số điện thoại",
            "QL", "quốc lộ");

    /** Units written after a number. Longest first, so "mm" is not read as "m" and a stray "m". */
    static final Map<String, String> UNITS = table(
            "km/h", "ki-lô-mét một giờ",
            "°C", "độ xê",
            "oC", "độ xê",
            "%", "phần trăm",
            "mm", "mi-li-mét",
            "cm", "xen-ti-mét",
            "km", "ki-lô-mét",
            "kg", "ki-lô-gam",
            "ha", "héc-ta",
            "m³", "mét khối",
            "m3", "mét khối",
            "m²", "mét vuông",
            "m2", "mét vuông",
            "m", "mét");

    /**
     * Words after which a slash means "per": "20.000 đồng/hộ/tháng" is "hai mươi nghìn đồng mỗi hộ mỗi tháng". After
     * other words a slash is left alone ("UBND/HĐND"), and espeak-ng says nothing for it.
     */
    private static final String PER_WORDS = "đồng|mét|ki-lô-mét|ki-lô-gam|héc-ta|tấn|lít|lần|lượt|suất";

    private static final String NOT_DIGIT_BEFORE = "(?<![\\d.,/:])";
    private static final String NOT_DIGIT_AFTER = "(?![.,/:]?\\d)";
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives(ABBREVIATIONS)
            + ")(?!\\p{L})(?=(\\d)?)");
    /**
     * Mobile 4-3-3 or 3-3-4, landline 4-3-4 or 4-4-3 (ten or eleven digits) separated by spaces, dots or hyphens,
     * or ten or eleven digits in a row.
     */
    private static final Pattern PHONE = Pattern.compile(NOT_DIGIT_BEFORE
            + "(0\\d{3}[ .-]\\d{3}[ .-]\\d{4}|0\\d{3}[ .-]\\d{4}[ .-]\\d{3}|0\\d{3}[ .-]\\d{3}[ .-]\\d{3}"
            + "|0\\d{2}[ .-]\\d{3}[ .-]\\d{4}|0\\d{9,10})" + NOT_DIGIT_AFTER);
    private static final Pattern DATE = Pattern.compile("(?:([Nn]gày)\\s+)?" + NOT_DIGIT_BEFORE
            + "(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4})" + NOT_DIGIT_AFTER);
    private static final Pattern DAY_MONTH = Pattern.compile("(?:([Nn]gày)\\s+)?" + NOT_DIGIT_BEFORE
            + "(\\d{1,2})/(\\d{1,2})" + NOT_DIGIT_AFTER);
    private static final Pattern MONTH_YEAR = Pattern.compile("([Tt]háng)\\s+(\\d{1,2})/(\\d{4})" + NOT_DIGIT_AFTER);
    private static final Pattern RANGE = Pattern.compile("(\\d(?:h|%)?)\\s*[-–]\\s*(?=\\d)");
    private static final Pattern NEGATIVE = Pattern.compile("(?<![\\p{L}\\d])[-−](?=\\d)");
    private static final Pattern CLOCK = Pattern.compile(NOT_DIGIT_BEFORE + "(\\d{1,2})[h:](\\d{2})"
            + "(?:\\s*phút)?" + NOT_DIGIT_AFTER);
    private static final Pattern HOUR = Pattern.compile(NOT_DIGIT_BEFORE + "(\\d{1,2})h(?![\\p{L}\\d])");
    private static final Pattern HOUR_MINUTE = Pattern.compile(NOT_DIGIT_BEFORE
            + "(\\d{1,2}) giờ (\\d{1,2})(?!\\s*phút)" + NOT_DIGIT_AFTER);
    private static final Pattern THOUSANDS = Pattern.compile(NOT_DIGIT_BEFORE + "\\d{1,3}(?:\\.\\d{3})+"
            + "(?![.]?\\d)");
    private static final Pattern MONEY = Pattern.compile("(\\d+(?:,\\d+)?)\\s*(?:đồng|đ|VNĐ|VND|vnđ)(?!\\p{L})");
    private static final Pattern THOUSAND_DONG = Pattern.compile("(\\d+)\\s*k(?![\\p{L}\\d])");
    private static final Pattern UNIT = Pattern.compile("(\\d)\\s*(" + alternatives(UNITS) + ")(?![\\p{L}\\d])");
    private static final Pattern DEGREES_C = Pattern.compile("độ C(?!\\p{L})");
    private static final Pattern DECIMAL = Pattern.compile("(\\d+),(\\d+)");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern PER = Pattern.compile("(?<=(?:" + PER_WORDS + "))(?:\\s*/\\s*\\p{L}+)+");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private VietnameseNormalizer() {
    }

    static String normalize(final String text) {
        // NFC first: text pasted from some editors arrives decomposed, and "đồng" must match as one string
        String out = Normalizer.normalize(text, Normalizer.Form.NFC);
        out = replace(out, ABBREVIATION, // "QL6" becomes "quốc lộ 6", not "quốc lộ6"
                m -> ABBREVIATIONS.get(m.group(1)) + (m.group(2) == null ? "" : " "));
        out = replace(out, PHONE, m -> phone(m.group(1)));
        out = replace(out, DATE, m -> date(m.group(1), m.group(2), m.group(4), m.group(5)).orElse(m.group()));
        out = replace(out, MONTH_YEAR, m -> monthYear(m).orElse(m.group()));
        out = replace(out, RANGE, m -> m.group(1) + " đến ");
        out = replace(out, DAY_MONTH, m -> date(m.group(1), m.group(2), m.group(3), null).orElse(m.group()));
        out = replace(out, NEGATIVE, m -> "âm ");
        out = replace(out, CLOCK, m -> time(m.group(1), m.group(2)).orElse(m.group()));
        out = replace(out, HOUR_MINUTE, m -> time(m.group(1), m.group(2)).orElse(m.group()));
        out = replace(out, HOUR, m -> time(m.group(1), "0").orElse(m.group()));
        out = replace(out, THOUSANDS, m -> m.group().replace(".", ""));
        out = replace(out, MONEY, m -> m.group(1) + " đồng");
        out = replace(out, THOUSAND_DONG, m -> m.group(1) + " nghìn đồng");
        out = replace(out, UNIT, m -> m.group(1) + " " + UNITS.get(m.group(2)));
        out = replace(out, DEGREES_C, m -> "độ xê");
        out = replace(out, DECIMAL, m -> VietnameseNumbers.words(m.group(1)) + " phẩy " + fraction(m.group(2)));
        out = replace(out, INTEGER, m -> integer(m.group()));
        out = replace(out, PER, m -> SLASH.matcher(m.group()).replaceAll(" mỗi "));
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** "không chín một hai, ba bốn năm, sáu bảy tám": a pause between the groups as written, 4-3-3 otherwise. */
    private static String phone(final String written) {
        String grouped = written.replace('.', ' ').replace('-', ' ');
        if (!grouped.contains(" ")) {
            grouped = grouped.substring(0, 4) + " " + grouped.substring(4, 7) + " " + grouped.substring(7);
        }
        return Arrays.stream(grouped.split(" "))
                .map(VietnameseNumbers::digitByDigit)
                .collect(Collectors.joining(", "));
    }

    /** @param year {@code null} for a day and month only */
    private static Optional<String> date(final String ngay, final String day, final String month,
            final String year) {
        final int d = Integer.parseInt(day);
        final int m = Integer.parseInt(month);
        if (d < 1 || d > 31 || m < 1 || m > 12) {
            return Optional.empty(); // not a date: a fraction or a code, left to the number pass
        }
        final String words = (ngay == null ? "ngày" : ngay) + " " + VietnameseNumbers.words(d) + " tháng "
                + VietnameseNumbers.month(m);
        return Optional.of(year == null ? words : words + " năm " + VietnameseNumbers.words(year));
    }

    private static Optional<String> monthYear(final MatchResult m) {
        final int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + " " + VietnameseNumbers.month(month) + " năm "
                + VietnameseNumbers.words(m.group(3)));
    }

    /** "sáu giờ ba mươi phút", "mười bảy giờ": on the hour the minutes are not said. */
    private static Optional<String> time(final String hour, final String minute) {
        final int h = Integer.parseInt(hour);
        final int m = Integer.parseInt(minute);
        if (h > 24 || m > 59) {
            return Optional.empty();
        }
        final String hours = VietnameseNumbers.words(h) + " giờ";
        return Optional.of(m == 0 ? hours : hours + " " + VietnameseNumbers.words(m) + " phút");
    }

    /** After the decimal comma: "1,5" "một phẩy năm", "1,05" "một phẩy không năm", "2,75" "hai phẩy bảy mươi lăm". */
    private static String fraction(final String digits) {
        return digits.startsWith("0") ? VietnameseNumbers.digitByDigit(digits) : VietnameseNumbers.words(digits);
    }

    /** A number with a leading zero and three or more digits is a code ("mã 0123"): read digit by digit. */
    private static String integer(final String digits) {
        return digits.length() >= 3 && digits.startsWith("0")
                ? VietnameseNumbers.digitByDigit(digits)
                : VietnameseNumbers.words(digits);
    }

    private static String replace(final String text, final Pattern pattern, final Function<MatchResult, String> f) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }

    private static String alternatives(final Map<String, String> table) {
        return table.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static Map<String, String> table(final String... pairs) {
        final Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
