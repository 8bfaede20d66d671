package vn.loa.cap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapGeometryTest {

    /** A square around Lũng Cú, 23.30–23.40 N, 105.30–105.40 E. */
    private static final String SQUARE = "23.30,105.30 23.30,105.40 23.40,105.40 23.40,105.30 23.30,105.30";

    @Test
    void polygon_pointInside_contains() {
        assertTrue(CapGeometry.polygon(SQUARE).contains(23.35, 105.35));
    }

    @Test
    void polygon_pointOutside_doesNotContain() {
        assertFalse(CapGeometry.polygon(SQUARE).contains(23.45, 105.35));
        assertFalse(CapGeometry.polygon(SQUARE).contains(23.35, 105.29));
    }

    @Test
    void polygon_concave_followsTheEdges() {
        // an L: the notch at the top right is outside
        final CapGeometry l = CapGeometry.polygon("0,0 0,2 1,2 1,1 2,1 2,0 0,0");
        assertTrue(l.contains(0.5, 1.5));
        assertFalse(l.contains(1.5, 1.5));
    }

    @Test
    void circle_withinRadius_contains() {
        // 0.01 degree of latitude is 1.11 km
        assertTrue(CapGeometry.circle("23.35,105.35 1.2").contains(23.36, 105.35));
        assertFalse(CapGeometry.circle("23.35,105.35 1.0").contains(23.36, 105.35));
    }

    @Test
    void parse_invalidShapes_refused() {
        assertEquals("cap-invalid-polygon", assertThrows(CapRefusal.class,
                () -> CapGeometry.polygon("23.3,105.3 23.3,105.4 23.4,105.4")).code());
        assertEquals("cap-invalid-polygon", assertThrows(CapRefusal.class,
                () -> CapGeometry.polygon("23.3,105.3 91,105.4 23.4,105.4 23.3,105.3")).code());
        assertEquals("cap-invalid-circle", assertThrows(CapRefusal.class,
                () -> CapGeometry.circle("23.3,105.3")).code());
        assertEquals("cap-invalid-circle", assertThrows(CapRefusal.class,
                () -> CapGeometry.circle("23.3,105.3 -1")).code());
        assertEquals("cap-invalid-circle", assertThrows(CapRefusal.class,
                () -> CapGeometry.circle("north,105.3 1")).code());
    }
}
