package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionKeySourceTest {

    @Test
    void generatedKey_isRandom256Bits_andDiffersPerStart() {
        final String first = new SessionKeySource().getValue(SessionKeySource.KEY);
        final String second = new SessionKeySource().getValue(SessionKeySource.KEY);
        assertEquals(32, Base64.getDecoder().decode(first).length);
        assertNotEquals(first, second);
    }

    @Test
    void source_onlyItsOwnKey_belowApplicationProperties() {
        final SessionKeySource source = new SessionKeySource();
        assertNull(source.getValue("quarkus.http.auth.session.encryption-key"));
        assertEquals(java.util.Set.of(SessionKeySource.KEY), source.getPropertyNames());
        assertTrue(source.getOrdinal() < 250, "application.properties (250) and the environment (300) win");
    }
}
