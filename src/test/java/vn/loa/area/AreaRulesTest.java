package vn.loa.area;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.error.InvalidInputException;

class AreaRulesTest {

    private static final List<AreaTree.Node> SIBLINGS = List.of(
            new AreaTree.Node(4, 2L, AreaLevel.VILLAGE, "Thôn Mỏ Sài", false),
            new AreaTree.Node(5, 2L, AreaLevel.VILLAGE, "Bản Tùng Bá", false));

    @Test
    void name_spacesAround_areStrippedAndCollapsed() {
        assertEquals("Thôn Mỏ Sài", AreaRules.name("  Thôn   Mỏ Sài "));
    }

    @Test
    void name_decomposedAccents_areStoredComposed() {
        final String decomposed = "Thua\u0323\u0302n Hoa\u0300"; // "Thuận Hoà" typed as base letters plus marks
        assertEquals("Thuận Hoà", AreaRules.name(decomposed));
    }

    @Test
    void name_blank_throws() {
        assertEquals("invalid-area-name", assertThrows(InvalidInputException.class, () -> AreaRules.name(" ")).code());
        assertThrows(InvalidInputException.class, () -> AreaRules.name(null));
    }

    @Test
    void name_tooLong_throws() {
        assertThrows(InvalidInputException.class, () -> AreaRules.name("x".repeat(Area.MAX_NAME + 1)));
        assertDoesNotThrow(() -> AreaRules.name("x".repeat(Area.MAX_NAME)));
    }

    @Test
    void name_controlCharacter_throws() {
        assertThrows(InvalidInputException.class, () -> AreaRules.name("Minh\u0000Tân"));
    }

    @Test
    void requireNesting_strictLevels_pass() {
        assertDoesNotThrow(() -> AreaRules.requireNesting(AreaLevel.PROVINCE, null));
        assertDoesNotThrow(() -> AreaRules.requireNesting(AreaLevel.COMMUNE, AreaLevel.PROVINCE));
        assertDoesNotThrow(() -> AreaRules.requireNesting(AreaLevel.VILLAGE, AreaLevel.COMMUNE));
    }

    @Test
    void requireNesting_skippedOrWrongLevel_throws() {
        assertEquals("invalid-area-parent", assertThrows(InvalidInputException.class,
                () -> AreaRules.requireNesting(AreaLevel.VILLAGE, AreaLevel.PROVINCE)).code());
        assertThrows(InvalidInputException.class, () -> AreaRules.requireNesting(AreaLevel.COMMUNE, null));
        assertThrows(InvalidInputException.class, () -> AreaRules.requireNesting(AreaLevel.PROVINCE, AreaLevel.COMMUNE));
        assertThrows(InvalidInputException.class, () -> AreaRules.requireNesting(AreaLevel.COMMUNE, AreaLevel.COMMUNE));
    }

    @Test
    void clash_sameNameOtherCase_isFound() {
        assertEquals(4L, AreaRules.clash(SIBLINGS, "THÔN MỎ SÀI", null).orElseThrow().id());
    }

    @Test
    void clash_selfOrDifferentName_isNone() {
        assertTrue(AreaRules.clash(SIBLINGS, "Thôn Mỏ Sài", 4L).isEmpty());
        assertTrue(AreaRules.clash(SIBLINGS, "Thôn Mới", null).isEmpty());
    }

    @Test
    void parse_anyCase_givesLevel() {
        assertEquals(AreaLevel.VILLAGE, AreaLevel.parse(" village "));
        assertThrows(IllegalArgumentException.class, () -> AreaLevel.parse("district"));
    }
}
