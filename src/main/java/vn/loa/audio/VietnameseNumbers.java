package vn.loa.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers as Vietnamese words, the northern broadcast way: 15 "mười lăm", 21 "hai mươi mốt", 24 "hai mươi bốn",
 * 105 "một trăm linh năm", 2026 "hai nghìn không trăm hai mươi sáu", 1 000 000 "một triệu".
 *
 * <p>Rules: after "mươi" a final 1 is "mốt" and a final 5 is "lăm" (also after "mười"); a zero tens digit with a
 * non-zero unit is "linh"; a three-digit group after a larger one is read in full ("không trăm"), and an all-zero
 * group is skipped. "bốn" rather than the colloquial "tư", which not every region says.
 */
final class VietnameseNumbers {

    /** Longest digit string read as a number (below a million billion); longer ones are read digit by digit. */
    static final int MAX_DIGITS = 15;

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    /** Scale of each three-digit group, from the units up. */
    private static final String[] SCALES = {"", "nghìn", "triệu", "tỷ", "nghìn tỷ"};
    /** Months are said "tháng tư" (April), never "tháng bốn". */
    private static final String[] MONTHS = {null, "một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín",
        "mười", "mười một", "mười hai"};

    private VietnameseNumbers() {
    }

    /** @param digits one or more ASCII digits; leading zeros are ignored, more than {@link #MAX_DIGITS} spelled */
    static String words(final String digits) {
        final String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        if (trimmed.length() > MAX_DIGITS) {
            return digitByDigit(digits);
        }
        return words(Long.parseLong(trimmed));
    }

    static String words(final long number) {
        if (number < 0) {
            throw new IllegalArgumentException("negative numbers are not read: " + number);
        }
        if (number == 0) {
            return DIGITS[0];
        }
        final List<Integer> groups = new ArrayList<>(); // three-digit groups, units first
        for (long rest = number; rest > 0; rest /= 1000) {
            groups.add((int) (rest % 1000));
        }
        if (groups.size() > SCALES.length) {
            throw new IllegalArgumentException("too large to read: " + number);
        }
        final StringBuilder out = new StringBuilder();
        for (int i = groups.size() - 1; i >= 0; i--) {
            final int group = groups.get(i);
            if (group == 0) {
                continue;
            }
            final boolean leading = i == groups.size() - 1;
            append(out, group(group, !leading));
            append(out, SCALES[i]);
        }
        return out.toString();
    }

    /** "không chín một hai": for phone numbers and codes. */
    static String digitByDigit(final String digits) {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            append(out, DIGITS[digits.charAt(i) - '0']);
        }
        return out.toString();
    }

    /** @param month 1 to 12 */
    static String month(final int month) {
        return MONTHS[month];
    }

    /** @param full read the hundreds even when zero ("không trăm"), as inside a larger number */
    private static String group(final int n, final boolean full) {
        final int hundreds = n / 100;
        final int tens = n / 10 % 10;
        final int units = n % 10;
        final StringBuilder out = new StringBuilder();
        if (hundreds > 0 || full) {
            append(out, DIGITS[hundreds] + " trăm");
            if (tens == 0 && units > 0) {
                append(out, "linh " + DIGITS[units]);
                return out.toString();
            }
        }
        append(out, belowHundred(tens, units));
        return out.toString();
    }

    private static String belowHundred(final int tens, final int units) {
        if (tens == 0) {
            return units == 0 ? "" : DIGITS[units];
        }
        final String head = tens == 1 ? "mười" : DIGITS[tens] + " mươi";
        if (units == 0) {
            return head;
        }
        if (units == 5) {
            return head + " lăm";
        }
        if (units == 1 && tens > 1) {
            return head + " mốt";
        }
        return head + " " + DIGITS[units];
    }

    private static void append(final StringBuilder out, final String words) {
        if (words.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(words);
    }
}
