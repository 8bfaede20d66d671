package vn.loa.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.error.InvalidInputException;

class BlankTest {

    private static final Function<String, Optional<String>> NO_AREAS = v -> Optional.empty();
    private static final Blank TIME = Blank.of("gio", "Giờ", BlankKind.TIME, null, null, null);
    private static final Blank DATE = Blank.of("ngay", "Ngày", BlankKind.DATE, null, null, null);
    private static final Blank NUMBER = Blank.of("so", "Số hộ", BlankKind.NUMBER, 0L, 500L, null);
    private static final Blank TEXT = Blank.of("noi", "Nơi tập trung", BlankKind.TEXT, null, null, 20);
    private static final Blank AREA = Blank.of("thon", "Thôn", BlankKind.AREA, null, null, null);

    @ParameterizedTest
    @CsvSource({"07:30,07:30", "7:30,07:30", "00:00,00:00", "23:59,23:59", "' 18:05 ',18:05"})
    void fill_time_good(final String value, final String spoken) {
        assertEquals(spoken, TIME.fill(value, NO_AREAS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "7:60", "7h30", "07:30:00", "730", "07:3", "a:bc", "07:30; rm -rf", "<b>07:30</b>"})
    void fill_time_bad(final String value) {
        assertRefused(TIME, value, "pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"06/12/2026", "29/02/2028", "01/01/2027"})
    void fill_date_good(final String value) {
        assertEquals(value, DATE.fill(value, NO_AREAS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "29/02/2027", "2026-12-06", "6/12/2026", "00/12/2026", "06/13/2026",
            "06/12/2026'--"})
    void fill_date_bad(final String value) {
        assertRefused(DATE, value, "pattern");
    }

    @ParameterizedTest
    @CsvSource({"0,0", "500,500", "042,42", "' 17 ',17"})
    void fill_number_good(final String value, final String spoken) {
        assertEquals(spoken, NUMBER.fill(value, NO_AREAS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e3", "12 hộ", "0x10", "--1", "+5", "1234567890"})
    void fill_number_notANumber(final String value) {
        assertRefused(NUMBER, value, "pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "501", "999999999"})
    void fill_number_outOfBounds(final String value) {
        assertRefused(NUMBER, value, "out-of-range");
    }

    @ParameterizedTest
    @CsvSource({"'Nhà văn hoá thôn','Nhà văn hoá thôn'", "'  Trường 2, đồi A-1. ','Trường 2, đồi A-1.'"})
    void fill_text_good(final String value, final String spoken) {
        assertEquals(spoken, TEXT.fill(value, NO_AREAS));
    }

    @Test
    void fill_text_decomposedVietnamese_normalizedToNfc() {
        assertEquals("Đồi chè", TEXT.fill("Đo\u0302\u0300i che\u0300", NO_AREAS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>x</script>", "{gio}", "a&b", "say \"hi\"", "line\nbreak", "tab\there",
            "50%", "x; drop", "$(id)", "a\\b", "<speak>", "#1"})
    void fill_text_injectionLooking_refused(final String value) {
        assertRefused(TEXT, value, "pattern");
    }

    @Test
    void fill_text_overItsLength_refused() {
        assertRefused(TEXT, "a".repeat(21), "too-long");
    }

    @Test
    void fill_anyKind_overTheCeiling_refusedBeforeThePattern() {
        for (Blank b : new Blank[] {TIME, DATE, NUMBER, TEXT, AREA}) {
            assertRefused(b, "1".repeat(Blank.MAX_FILL + 1), "too-long");
        }
    }

    @Test
    void fill_text_longAdversarialValue_isFast() {
        final Blank wide = Blank.of("noi", "Nơi", BlankKind.TEXT, null, null, 100);
        final long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            assertRefused(wide, "a ".repeat(49) + "!", "pattern");
        }
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "10 000 refusals take under 5 s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void fill_empty_missing(final String value) {
        assertRefused(TIME, value, "missing");
        assertRefused(AREA, value, "missing");
    }

    @Test
    void fill_null_missing() {
        assertRefused(TEXT, null, "missing");
    }

    @Test
    void fill_area_canonicalNameFromTheTree() {
        assertEquals("Thôn Mỏ Sài", AREA.fill(" thôn mỏ sài ", v -> v.equals("thôn mỏ sài")
                ? Optional.of("Thôn Mỏ Sài") : Optional.empty()));
    }

    @Test
    void fill_area_unknown_refused() {
        assertRefused(AREA, "Thôn Khác", "unknown-area");
    }

    @Test
    void refusal_namesTheBlank() {
        final FillRefused e = assertThrows(FillRefused.class, () -> TIME.fill("25:00", NO_AREAS));
        assertEquals("gio", e.blank());
        assertEquals("template-fill-invalid", e.code());
        assertTrue(e.getMessage().contains("{gio}"), e.getMessage());
    }

    @Test
    void htmlPattern_acceptsWhatTheServerAccepts() {
        assertTrue(Pattern.matches(TIME.htmlPattern(), "07:30"));
        assertTrue(Pattern.matches(DATE.htmlPattern(), "06/12/2026"));
        assertTrue(Pattern.matches(NUMBER.htmlPattern(), "-42"));
        assertTrue(Pattern.matches(TEXT.htmlPattern(), "Nhà văn hoá, thôn 2"));
        assertNull(AREA.htmlPattern());
    }

    @Test
    void of_badDeclarations_refused() {
        assertInvalid(() -> Blank.of("Thon", "Thôn", BlankKind.AREA, null, null, null));
        assertInvalid(() -> Blank.of("thon", " ", BlankKind.AREA, null, null, null));
        assertInvalid(() -> Blank.of("thon", "a".repeat(61), BlankKind.AREA, null, null, null));
        assertInvalid(() -> Blank.of("thon", "Thôn\nx", BlankKind.AREA, null, null, null));
        assertInvalid(() -> Blank.of("thon", "Thôn", null, null, null, null));
        assertInvalid(() -> Blank.of("so", "Số", BlankKind.NUMBER, null, 5L, null));
        assertInvalid(() -> Blank.of("so", "Số", BlankKind.NUMBER, 6L, 5L, null));
        assertInvalid(() -> Blank.of("so", "Số", BlankKind.NUMBER, 0L, 1_000_000_000L, null));
        assertInvalid(() -> Blank.of("gio", "Giờ", BlankKind.TIME, 0L, 5L, null));
        assertInvalid(() -> Blank.of("noi", "Nơi", BlankKind.TEXT, null, null, null));
        assertInvalid(() -> Blank.of("noi", "Nơi", BlankKind.TEXT, null, null, 101));
        assertInvalid(() -> Blank.of("noi", "Nơi", BlankKind.AREA, null, null, 10));
    }

    private static void assertInvalid(final org.junit.jupiter.api.function.Executable e) {
        assertEquals("template-blank-invalid", assertThrows(InvalidInputException.class, e).code());
    }

    private static void assertRefused(final Blank b, final String value, final String reason) {
        final FillRefused e = assertThrows(FillRefused.class, () -> b.fill(value, NO_AREAS), value);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(b.name(), e.blank());
    }
}
