package vn.loa.receiver;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a receiver import file (pure, no database): UTF-8 CSV (a byte-order mark is tolerated, RFC 4180 quoting),
 * the header {@value #HEADER}, then one receiver a line, at most {@value #MAX_ROWS}. Every rule a line can break on
 * its own is checked here (required fields, lengths, id format, coordinates, an id twice in the file); what needs the
 * database (ids already registered, communes) is {@link ReceiverImport}'s. Errors name the physical line (the header
 * is line 1) and the field.
 */
final class ReceiverCsv {

    /** The header, exactly these columns in this order (case and surrounding spaces ignored). */
    static final String HEADER = "id,name,village,commune,lat,lon";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** The most receivers one file registers. */
    static final int MAX_ROWS = 20_000;
    /** Line errors listed at most; a file with more says how many were left out. */
    static final int MAX_ERRORS = 100;
    private static final int MAX_TEXT = 120;

    /** One receiver as read from its line. */
    record Row(int line, String id, String name, String village, String commune, Position position) {
    }

    /** What is wrong with one line: the physical line (1 = header) and the column, null for the whole line. */
    record LineError(int line, String field, String message) {
    }

    private ReceiverCsv() {
    }

    /**
     * Parses a whole file.
     *
     * @throws ImportRejectedException with every line error found (up to {@value #MAX_ERRORS})
     */
    static List<Row> parse(final byte[] body) {
        final String text = text(body);
        final LineIndex lines = new LineIndex(text);
        final CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        final List<Row> rows = new ArrayList<>();
        final Errors errors = new Errors();
        final Map<String, Integer> firstLineOfId = new HashMap<>();
        int lastLine = 0;
        try {
            final CSVParser parser = CSVParser.parse(new StringReader(text), format);
            final Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw ImportRejectedException.of(new LineError(1, null, "the file is empty; the first line must be "
                        + HEADER + " / tệp trống"));
            }
            header(records.next());
            lastLine = 1;
            while (records.hasNext()) {
                final CSVRecord record = records.next();
                final int line = lines.lineAt(record.getCharacterPosition());
                lastLine = line;
                if (rows.size() + errors.linesWithErrors() >= MAX_ROWS) {
                    throw ImportRejectedException.of(new LineError(line, null, "at most " + MAX_ROWS
                            + " receivers per file; split it / tối đa " + MAX_ROWS + " dòng mỗi tệp"));
                }
                final Row row = row(record, line, errors);
                if (row == null) {
                    continue;
                }
                final Integer first = firstLineOfId.putIfAbsent(row.id(), line);
                if (first != null) {
                    errors.add(new LineError(line, "id", "id " + row.id() + " is also on line " + first
                            + " / mã trùng với dòng " + first));
                    continue;
                }
                rows.add(row);
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            // commons-csv: an unterminated quote, text after a closing quote...
            // the record that failed starts after the last one read (an empty line between would shift it)
            throw ImportRejectedException.of(new LineError(Math.min(lastLine + 1, lines.count()), null,
                    "not a CSV file (a quote opened and not closed, or text after a closing quote) "
                            + "/ không phải tệp CSV"));
        }
        if (!errors.list.isEmpty()) {
            throw new ImportRejectedException(errors.list, errors.total);
        }
        if (rows.isEmpty()) {
            throw ImportRejectedException.of(new LineError(2, null, "no receiver in the file / tệp không có đầu thu"));
        }
        return rows;
    }

    /** The body as text: strict UTF-8 (a wrong encoding is refused, not guessed), without a byte-order mark. */
    private static String text(final byte[] body) {
        final String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.of(new LineError(1, null,
                    "the file is not UTF-8 text; save it as CSV UTF-8 / tệp phải là CSV UTF-8"));
        }
        if (text.indexOf('\0') >= 0) {
            throw ImportRejectedException.of(new LineError(1, null, "not a CSV file (binary data) / không phải tệp CSV"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void header(final CSVRecord header) {
        final List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(COLUMNS)) {
            throw ImportRejectedException.of(new LineError(1, null, "the first line must be " + HEADER + ", found "
                    + String.join(",", names) + " / dòng đầu phải là " + HEADER));
        }
    }

    /** The row of one record, or null after adding its errors. */
    private static Row row(final CSVRecord record, final int line, final Errors errors) {
        if (record.size() != COLUMNS.size()) {
            errors.add(new LineError(line, null, "expected " + COLUMNS.size() + " fields, found " + record.size()
                    + " / cần " + COLUMNS.size() + " cột"));
            return null;
        }
        final int before = errors.total;
        final String id = record.get(0).strip();
        if (id.isEmpty()) {
            errors.add(new LineError(line, "id", "missing / thiếu"));
        } else if (!ReceiverId.isValid(id)) {
            errors.add(new LineError(line, "id", "must be 2-63 characters of a-z, 0-9 and -, starting with a letter or "
                    + "digit / mã gồm 2-63 ký tự a-z, 0-9, -"));
        }
        final String name = text(record, 1, "name", line, errors);
        final String village = text(record, 2, "village", line, errors);
        final String commune = text(record, 3, "commune", line, errors);
        final Position position = position(record.get(4).strip(), record.get(5).strip(), line, errors);
        return errors.total > before ? null : new Row(line, id, name, village, commune, position);
    }

    private static String text(final CSVRecord record, final int column, final String field, final int line,
            final Errors errors) {
        final String value = record.get(column).strip();
        if (value.isEmpty()) {
            errors.add(new LineError(line, field, "missing / thiếu"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new LineError(line, field, "at most " + MAX_TEXT + " characters / tối đa " + MAX_TEXT + " ký tự"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new LineError(line, field, "one line without control characters / một dòng, không ký tự điều khiển"));
        }
        return value;
    }

    /** Both coordinates (WGS 84 degrees, a dot for decimals) or neither. */
    private static Position position(final String lat, final String lon, final int line, final Errors errors) {
        if (lat.isEmpty() && lon.isEmpty()) {
            return null;
        }
        if (lat.isEmpty() || lon.isEmpty()) {
            errors.add(new LineError(line, lat.isEmpty() ? "lat" : "lon",
                    "give both lat and lon, or neither / cần cả vĩ độ và kinh độ"));
            return null;
        }
        final Double latitude = degrees(lat, 90, "lat", line, errors);
        final Double longitude = degrees(lon, 180, "lon", line, errors);
        return latitude == null || longitude == null ? null : new Position(latitude, longitude);
    }

    private static Double degrees(final String value, final int limit, final String field, final int line,
            final Errors errors) {
        if (!value.matches("[+-]?[0-9]{1,3}(\\.[0-9]{1,12})?")) {
            errors.add(new LineError(line, field, "not a number in degrees like 23.2637 / không phải số độ"));
            return null;
        }
        final double d = Double.parseDouble(value);
        if (d < -limit || d > limit) {
            errors.add(new LineError(line, field, "must be between -" + limit + " and " + limit
                    + " / phải từ -" + limit + " đến " + limit));
            return null;
        }
        return d;
    }

    /** Line errors, the first {@value #MAX_ERRORS} kept. */
    private static final class Errors {
        final List<LineError> list = new ArrayList<>();
        int total;
        private int lastLine;
        private int lines;

        void add(final LineError e) {
            total++;
            if (e.line() != lastLine) {
                lines++;
                lastLine = e.line();
            }
            if (list.size() < MAX_ERRORS) {
                list.add(e);
            }
        }

        int linesWithErrors() {
            return lines;
        }
    }

    /** Character offset → physical line number (1-based). */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(final String text) {
            final List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                final char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int count() {
            return starts.length;
        }

        int lineAt(final long offset) {
            final int i = java.util.Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
            return i >= 0 ? i + 1 : -i - 1;
        }
    }
}
