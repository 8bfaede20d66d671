package vn.loa.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.loa.error.InvalidInputException;

class RowPageTest {

    @Test
    void of_nothingGiven_firstPageOfDefaultSize() {
        assertEquals(new RowPage(0, RowPage.DEFAULT_SIZE), RowPage.of(null, " "));
    }

    @Test
    void offset_thirdPageOfFifty_is100() {
        assertEquals(100, RowPage.of("2", "50").offset());
    }

    @Test
    void pages_noRows_isOne() {
        assertEquals(1, RowPage.FIRST.pages(0));
        assertEquals(2, RowPage.of("0", "50").pages(51));
    }

    @Test
    void of_badValues_throwWithCode() {
        assertEquals("bad-page", assertThrows(InvalidInputException.class, () -> RowPage.of("-1", null)).code());
        assertEquals("bad-page", assertThrows(InvalidInputException.class, () -> RowPage.of("one", null)).code());
        assertEquals("bad-page-size", assertThrows(InvalidInputException.class, () -> RowPage.of(null, "501")).code());
        assertEquals("bad-page-size", assertThrows(InvalidInputException.class, () -> RowPage.of(null, "0")).code());
        assertEquals("bad-page", assertThrows(InvalidInputException.class,
                () -> RowPage.of(Integer.toString(Integer.MAX_VALUE), "500")).code());
    }
}
