package vn.loa.template;

import java.util.ArrayList;
import java.util.List;
import vn.loa.bulletin.Priority;

/**
 * The compose page's fields as typed, kept to re-show the form when a rule is broken. Blanks come as parallel lists
 * (one entry per row of the blanks table); a row without a name is an unused row.
 */
public record TemplateForm(String title, String text, String language, String priority, List<Row> rows) {

    /** One row of the blanks table, as typed. */
    public record Row(String name, String label, String kind, String min, String max, String maxLength) {
    }

    /** Rows the page shows: the ones typed plus empty ones, up to {@link EmergencyTemplate#MAX_BLANKS}. */
    public List<Row> shownRows() {
        final List<Row> shown = new ArrayList<>(rows);
        while (shown.size() < Math.min(EmergencyTemplate.MAX_BLANKS, rows.size() + 3)) {
            shown.add(new Row("", "", "time", "", "", ""));
        }
        return shown;
    }

    /** The form filled with what a template holds now, for its edit page. */
    static TemplateForm from(final EmergencyTemplate t) {
        final List<Row> rows = new ArrayList<>();
        for (Blank b : t.blankList()) {
            rows.add(new Row(b.name(), b.label(), b.kind().wire(), b.min() == null ? "" : b.min().toString(),
                    b.max() == null ? "" : b.max().toString(), b.maxLength() == null ? "" : b.maxLength().toString()));
        }
        return new TemplateForm(t.title, t.text, t.language, t.priority.wire(), rows);
    }

    static TemplateForm empty() {
        return new TemplateForm("", "", "vi", "emergency", List.of());
    }

    static TemplateForm of(final List<String> names, final List<String> labels, final List<String> kinds,
            final List<String> mins, final List<String> maxes, final List<String> maxLengths, final String title,
            final String text, final String language, final String priority) {
        final List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.size() && i < EmergencyTemplate.MAX_BLANKS; i++) {
            final Row r = new Row(at(names, i), at(labels, i), at(kinds, i), at(mins, i), at(maxes, i),
                    at(maxLengths, i));
            if (!r.name().isBlank()) {
                rows.add(r);
            }
        }
        return new TemplateForm(orEmpty(title), orEmpty(text), orEmpty(language), orEmpty(priority), rows);
    }

    /**
     * The API's request made of these fields.
     *
     * @throws IllegalArgumentException naming the row whose number or kind is not one
     */
    TemplateRequest toRequest() {
        final List<Blank> blanks = new ArrayList<>();
        for (Row r : rows) {
            final BlankKind kind = BlankKind.of(r.kind().strip());
            blanks.add(new Blank(r.name().strip(), r.label(), kind,
                    kind == BlankKind.NUMBER ? number(r.min(), r.name()) : null,
                    kind == BlankKind.NUMBER ? number(r.max(), r.name()) : null,
                    kind == BlankKind.TEXT ? length(r.maxLength(), r.name()) : null));
        }
        Priority p;
        try {
            p = Priority.of(priority.strip());
        } catch (IllegalArgumentException e) {
            p = null;
        }
        return new TemplateRequest(title, text, blanks, language.strip(), p, null, null, null);
    }

    private static Long number(final String value, final String blank) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("{" + blank + "}: '" + value + "' is not a whole number");
        }
    }

    private static Integer length(final String value, final String blank) {
        final long n = number(value, blank);
        return n > Integer.MAX_VALUE || n < 0 ? Integer.valueOf(-1) : Integer.valueOf((int) n);
    }

    private static String at(final List<String> l, final int i) {
        return l != null && i < l.size() && l.get(i) != null ? l.get(i) : "";
    }

    private static String orEmpty(final String s) {
        return s == null ? "" : s;
    }
}
