package vn.loa.broadcast;

import vn.loa.error.InvalidInputException;

/**
 * Which receivers' rows of a broadcast to show: page {@code number} (from 0, as {@code /api/audit}) of {@code size}
 * rows. Query parameters
 * are taken as text and checked here, so {@code ?page=abc} is a 400 with a reason rather than JAX-RS's 404 for a
 * parameter it cannot convert.
 *
 * @param number page number, 0 for the first
 * @param size   rows per page, 1 to {@link #MAX_SIZE}
 */
public record RowPage(int number, int size) {

    /** Rows per page when none is asked: a commune's receivers fit on one page. */
    public static final int DEFAULT_SIZE = 100;
    /** At most this many rows per page: about 150 KB of JSON. */
    public static final int MAX_SIZE = 500;
    public static final RowPage FIRST = new RowPage(0, DEFAULT_SIZE);

    public RowPage {
        if (number < 0) {
            throw new InvalidInputException("bad-page", "page must be 0 or more, got " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("bad-page-size", "size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        if ((long) number * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("bad-page", "page " + number + " of " + size + " rows is beyond any broadcast");
        }
    }

    /** From query parameters; null or blank means the default. */
    public static RowPage of(final String page, final String size) {
        return new RowPage(parse("page", page, 0), parse("size", size, DEFAULT_SIZE));
    }

    /** The index of the first row of this page, from 0. */
    public int offset() {
        return number * size;
    }

    /** The number of pages {@code total} rows fill at this size; 1 for none, so page 0 always exists. */
    public int pages(final long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    private static int parse(final String name, final String value, final int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("bad-" + ("page".equals(name) ? "page" : "page-size"),
                    name + " must be a whole number, got '" + abbreviate(value) + "'");
        }
    }

    private static String abbreviate(final String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
