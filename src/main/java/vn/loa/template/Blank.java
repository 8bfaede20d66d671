package vn.loa.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.loa.error.InvalidInputException;

/**
 * One blank of a template: its name in the text, the label staff see, and its declared pattern (a {@link BlankKind}
 * with its bounds). Valid once made by {@link #of}; {@link #fill} checks a value sent for it.
 *
 * @param min       {@code number} only: the smallest value allowed
 * @param max       {@code number} only: the largest value allowed
 * @param maxLength {@code text} only: the longest value, in characters (1 to {@value #MAX_TEXT_LENGTH})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Blank(String name, String label, BlankKind kind, Long min, Long max, Integer maxLength) {

    /** Longest label, in characters. */
    public static final int MAX_LABEL = 60;
    /** Longest {@code text} fill a template may allow, in characters. */
    public static final int MAX_TEXT_LENGTH = 100;
    /** Largest bound of a {@code number} blank, either sign: nine digits. */
    public static final long MAX_NUMBER = 999_999_999L;
    /** Longest value looked at, whatever the kind: anything longer is refused before any pattern runs. */
    static final int MAX_FILL = 200;

    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");
    private static final Pattern DATE = Pattern.compile("([0-9]{2})/([0-9]{2})/([0-9]{4})");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,9}");
    /** One class, no nesting: linear time. Letters and marks of any script, digits, space, comma, dot, hyphen. */
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} ,.\\-]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{C}");

    /** A blank, checked: a valid name, a one-line label, and the bounds its kind needs (and no others). */
    public static Blank of(final String name, final String label, final BlankKind kind, final Long min, final Long max,
            final Integer maxLength) {
        if (name == null || !TemplateText.NAME.matcher(name).matches()) {
            throw invalid("blank name '" + name + "' must be a lower-case letter, then up to 29 lower-case letters,"
                    + " digits or _");
        }
        final String l = label == null ? "" : Normalizer.normalize(label.strip(), Normalizer.Form.NFC);
        if (l.isEmpty() || l.length() > MAX_LABEL || CONTROL.matcher(l).find()) {
            throw invalid("blank {" + name + "}: label must be 1 to " + MAX_LABEL + " characters on one line");
        }
        if (kind == null) {
            throw invalid("blank {" + name + "}: kind must be time, date, area, number or text");
        }
        if (kind == BlankKind.NUMBER) {
            if (min == null || max == null || min > max || Math.abs(min) > MAX_NUMBER || Math.abs(max) > MAX_NUMBER) {
                throw invalid("blank {" + name + "}: a number needs min <= max, both within ±" + MAX_NUMBER);
            }
        } else if (min != null || max != null) {
            throw invalid("blank {" + name + "}: only a number blank has min and max");
        }
        if (kind == BlankKind.TEXT) {
            if (maxLength == null || maxLength < 1 || maxLength > MAX_TEXT_LENGTH) {
                throw invalid("blank {" + name + "}: a text blank needs maxLength from 1 to " + MAX_TEXT_LENGTH);
            }
        } else if (maxLength != null) {
            throw invalid("blank {" + name + "}: only a text blank has maxLength");
        }
        return new Blank(name, l, kind, min, max, maxLength);
    }

    /**
     * Checks a value against this blank's pattern and gives the text spoken in its place: stripped, in Unicode NFC,
     * a time as {@code HH:MM}, an area as its name in the tree.
     *
     * @param areaName for {@code area}: the name of the village or commune so called in the template's area
     * @throws FillRefused naming this blank
     */
    public String fill(final String value, final Function<String, Optional<String>> areaName) {
        if (value == null || value.isBlank()) {
            throw refused("missing", "is empty; " + expected());
        }
        if (value.length() > MAX_FILL) {
            throw refused("too-long", "is longer than " + MAX_FILL + " characters; " + expected());
        }
        final String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        return switch (kind) {
            case TIME -> {
                final var m = TIME.matcher(v);
                if (!m.matches()) {
                    throw refused("pattern", "'" + v + "' is not a time; " + expected());
                }
                yield String.format("%02d:%s", Integer.parseInt(m.group(1)), m.group(2));
            }
            case DATE -> {
                final var m = DATE.matcher(v);
                if (!m.matches() || !realDate(m.group(1), m.group(2), m.group(3))) {
                    throw refused("pattern", "'" + v + "' is not a date; " + expected());
                }
                yield v;
            }
            case NUMBER -> {
                if (!NUMBER.matcher(v).matches()) {
                    throw refused("pattern", "'" + v + "' is not a whole number; " + expected());
                }
                final long n = Long.parseLong(v);
                if (n < min || n > max) {
                    throw refused("out-of-range", n + " is outside " + min + " to " + max);
                }
                yield Long.toString(n);
            }
            case TEXT -> {
                if (v.length() > maxLength) {
                    throw refused("too-long", "is longer than " + maxLength + " characters");
                }
                if (!TEXT.matcher(v).matches()) {
                    throw refused("pattern", "may hold only letters, digits, spaces and , . -");
                }
                yield v;
            }
            case AREA -> areaName.apply(v).orElseThrow(() -> refused("unknown-area",
                    "'" + v + "' is no village or commune in this template's area"));
        };
    }

    /**
     * The HTML {@code pattern} attribute for this blank's input (browsers match it whole, with the {@code v} flag),
     * or null where the page offers a choice instead ({@code area}). The server checks again: this only helps.
     */
    public String htmlPattern() {
        return switch (kind) {
            case TIME -> "([01]?[0-9]|2[0-3]):[0-5][0-9]";
            case DATE -> "[0-9]{2}\\/[0-9]{2}\\/[0-9]{4}";
            case NUMBER -> "-?[0-9]{1,9}";
            case TEXT -> "[\\p{L}\\p{M}\\p{Nd} ,.\\-]+";
            case AREA -> null;
        };
    }

    /** What a value looks like, in the API's words. */
    String expected() {
        return switch (kind) {
            case TIME -> "expected a time HH:MM (24-hour), e.g. 07:30";
            case DATE -> "expected a date dd/mm/yyyy, e.g. 06/12/2026";
            case NUMBER -> "expected a whole number from " + min + " to " + max;
            case TEXT -> "expected up to " + maxLength + " letters, digits, spaces and , . -";
            case AREA -> "expected the name of a village or commune in the template's area";
        };
    }

    private static boolean realDate(final String day, final String month, final String year) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private FillRefused refused(final String reason, final String message) {
        return new FillRefused(name, reason, message);
    }

    private static InvalidInputException invalid(final String message) {
        return new InvalidInputException("template-blank-invalid", message);
    }
}
