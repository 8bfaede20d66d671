package vn.loa.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.loa.error.InvalidInputException;

/**
 * The blank syntax of a template's text. A blank is a name in braces, {@code {thon}}: a lower-case ASCII letter, then
 * up to 29 lower-case letters, digits or {@code _}. The same blank may appear several times. Braces have no other
 * use: a {@code {} or {@code }} that does not make a blank is refused, so there is nothing to escape and nothing a
 * fill could open. Rendering is one pass over the template, so a fill is never read as syntax.
 */
public final class TemplateText {

    /** The name of a blank, without the braces. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final int MAX_NAME = 30;

    private TemplateText() {
    }

    /**
     * The blanks a text uses, in order of first appearance; {@code template-text-invalid} (400) for a brace that
     * makes no blank.
     */
    public static Set<String> blanks(final String text) {
        final Set<String> names = new LinkedHashSet<>();
        for (Part p : parts(text)) {
            if (p.blank()) {
                names.add(p.value());
            }
        }
        return names;
    }

    /**
     * The text with every blank replaced by its fill, taken as plain text.
     *
     * @param fills a value for each blank the text uses (already checked against its pattern)
     */
    public static String render(final String text, final Map<String, String> fills) {
        final StringBuilder out = new StringBuilder(text.length() + 64);
        for (Part p : parts(text)) {
            if (!p.blank()) {
                out.append(p.value());
                continue;
            }
            final String fill = fills.get(p.value());
            if (fill == null) {
                throw new IllegalArgumentException("no fill for {" + p.value() + "}");
            }
            out.append(fill);
        }
        return out.toString();
    }

    /** A run of literal text or a blank's name. */
    private record Part(boolean blank, String value) {
    }

    private static List<Part> parts(final String text) {
        final List<Part> parts = new ArrayList<>();
        int literalStart = 0;
        int i = 0;
        while (i < text.length()) {
            final char c = text.charAt(i);
            if (c == '}') {
                throw invalid("a '}' at character " + (i + 1) + " closes no blank");
            }
            if (c != '{') {
                i++;
                continue;
            }
            final int close = text.indexOf('}', i + 1);
            if (close < 0 || close - i - 1 > MAX_NAME) {
                throw invalid("a '{' at character " + (i + 1) + " opens no blank: write blanks as {name}, a name of"
                        + " up to " + MAX_NAME + " lower-case letters, digits and _");
            }
            final String name = text.substring(i + 1, close);
            if (!NAME.matcher(name).matches()) {
                throw invalid("{" + name + "} at character " + (i + 1) + " is not a blank name: a lower-case letter,"
                        + " then lower-case letters, digits or _");
            }
            if (i > literalStart) {
                parts.add(new Part(false, text.substring(literalStart, i)));
            }
            parts.add(new Part(true, name));
            i = close + 1;
            literalStart = i;
        }
        if (literalStart < text.length()) {
            parts.add(new Part(false, text.substring(literalStart)));
        }
        return parts;
    }

    private static InvalidInputException invalid(final String message) {
        return new InvalidInputException("template-text-invalid", message);
    }
}
