package vn.loa.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.error.InvalidInputException;

class TemplateTextTest {

    @Test
    void blanks_namesInOrder_eachOnce() {
        assertEquals(List.of("thon", "gio", "so_ho2"),
                List.copyOf(TemplateText.blanks("Lũ ở {thon} lúc {gio}; {so_ho2} hộ sơ tán khỏi {thon}.")));
    }

    @Test
    void blanks_noBraces_none() {
        assertEquals(List.of(), List.copyOf(TemplateText.blanks("Bão số 3 đổ bộ.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mở {thon", "Đóng thon}", "{Thon}", "{1thon}", "{}", "{thôn}", "{thon gio}",
            "{{thon}}", "{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}", "{thon-2}", "{<b>}"})
    void blanks_braceMakingNoBlank_refused(final String text) {
        final InvalidInputException e = assertThrows(InvalidInputException.class, () -> TemplateText.blanks(text));
        assertEquals("template-text-invalid", e.code());
    }

    @Test
    void blanks_thirtyCharacterName_accepted() {
        assertEquals(List.of("a23456789012345678901234567890"),
                List.copyOf(TemplateText.blanks("{a23456789012345678901234567890}")));
    }

    @Test
    void render_replacesEveryOccurrence() {
        assertEquals("Lũ ở Thôn Mỏ Sài lúc 07:30, Thôn Mỏ Sài sơ tán.",
                TemplateText.render("Lũ ở {thon} lúc {gio}, {thon} sơ tán.", Map.of("thon", "Thôn Mỏ Sài", "gio", "07:30")));
    }

    @Test
    void render_fillLookingLikeABlank_staysPlainText() {
        assertEquals("Họp ở {gio} lúc 8", TemplateText.render("Họp ở {thon} lúc {gio}", Map.of("thon", "{gio}", "gio", "8")));
    }

    @Test
    void render_missingFill_throws() {
        assertThrows(IllegalArgumentException.class, () -> TemplateText.render("{thon}", Map.of()));
    }
}
