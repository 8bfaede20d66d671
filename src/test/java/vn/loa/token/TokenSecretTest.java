package vn.loa.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void generate_isLoaPrefixAnd43Base64urlCharacters() {
        final TokenSecret s = TokenSecret.generate();
        assertTrue(s.value().matches("loa_[A-Za-z0-9_-]{43}"), s.value());
        assertNotEquals(s.value(), TokenSecret.generate().value());
    }

    @Test
    void hash_isHexSha256OfTheToken() {
        // echo -n loa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | sha256sum
        final TokenSecret s = TokenSecret.of("loa_" + "A".repeat(43));
        assertEquals("8f7f162e0ff3441c827998928137196c1fcb90447dbf2479e251eb84be8af50f", s.hash());
        assertEquals(s.hash(), TokenSecret.of("loa_" + "A".repeat(43)).hash());
        assertNotEquals(s.hash(), TokenSecret.of("loa_" + "B".repeat(43)).hash());
    }

    @Test
    void shown_isThePrefixOnly_andToStringHidesTheRest() {
        final TokenSecret s = TokenSecret.generate();
        assertEquals(s.value().substring(0, 10), s.shown());
        assertTrue(!s.toString().contains(s.value().substring(10)));
    }

    @Test
    void of_malformed_throws() {
        for (String bad : new String[] {null, "", "loa_", "loa_" + "A".repeat(42), "loa_" + "A".repeat(44),
                "LOA_" + "A".repeat(43), "loa_" + "+".repeat(43), "Basic abc"}) {
            assertThrows(IllegalArgumentException.class, () -> TokenSecret.of(bad), String.valueOf(bad));
        }
    }
}
