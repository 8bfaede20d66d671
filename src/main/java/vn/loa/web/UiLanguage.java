package vn.loa.web;

import java.util.Locale;

/**
 * The two languages of the web UI: Vietnamese first, English too. Chosen by {@code ?lang=} on any page (which also
 * sets the {@link #COOKIE} cookie), else by that cookie, else Vietnamese.
 */
public enum UiLanguage {
    vi(Locale.forLanguageTag("vi-VN")), en(Locale.ENGLISH);

    /** Cookie that remembers the choice; not a secret, so readable and long-lived. */
    public static final String COOKIE = "loa-lang";

    private final Locale locale;

    UiLanguage(final Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The other language, for the switch in the header. */
    public UiLanguage other() {
        return this == vi ? en : vi;
    }

    /** A language from a query or cookie value; null when absent or unknown (never an exception: it is a preference). */
    public static UiLanguage parse(final String value) {
        if (value == null) {
            return null;
        }
        for (UiLanguage l : values()) {
            if (l.name().equalsIgnoreCase(value.strip())) {
                return l;
            }
        }
        return null;
    }

    /** The query parameter wins over the cookie; Vietnamese when neither names a known language. */
    public static UiLanguage choose(final String query, final String cookie) {
        final UiLanguage fromQuery = parse(query);
        if (fromQuery != null) {
            return fromQuery;
        }
        final UiLanguage fromCookie = parse(cookie);
        return fromCookie != null ? fromCookie : vi;
    }
}
