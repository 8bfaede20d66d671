package vn.loa.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.loa.error.InvalidInputException;

class PositionTest {

    @Test
    void new_outOfRangeOrNaN_throwsInvalidPosition() {
        assertEquals("invalid-position", assertThrows(InvalidInputException.class, () -> new Position(90.5, 0)).code());
        assertThrows(InvalidInputException.class, () -> new Position(0, -180.01));
        assertThrows(InvalidInputException.class, () -> new Position(Double.NaN, 0));
        assertThrows(InvalidInputException.class, () -> new Position(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void new_anyValidCoordinate_isAccepted() {
        assertFalse(new Position(-90, 180).inVietnam());
        assertTrue(new Position(23.36, 105.32).inVietnam());
    }

    @Test
    void ofNullable_onlyOneGiven_throws() {
        assertThrows(InvalidInputException.class, () -> Position.ofNullable(23.0, null));
        assertThrows(InvalidInputException.class, () -> Position.ofNullable(null, 105.0));
        assertNull(Position.ofNullable(null, null));
        assertEquals(new Position(23.0, 105.0), Position.ofNullable(23.0, 105.0));
    }
}
