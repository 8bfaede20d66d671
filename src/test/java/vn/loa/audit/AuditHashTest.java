package vn.loa.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-29T13:05:00Z");

    @Test
    void canonical_entry_isTheDocumentedForm() {
        assertEquals("loa-audit-v1\n7\n2026-11-29T13:05:00.000Z\n5:staff\n16:bulletin.created\n8:bulletin\n2:42\n"
                + "-\n" + AuditHash.GENESIS + "\n",
                AuditHash.canonical(7, AT, "staff", "bulletin.created", "bulletin", "42", null, AuditHash.GENESIS));
    }

    @Test
    void canonical_vietnameseText_countsUtf8Bytes() {
        // "Lũng Cú": ũ and ú are two bytes each in UTF-8
        final String c = AuditHash.canonical(1, AT, "a", "b", "c", "d", "Lũng Cú", AuditHash.GENESIS);
        assertEquals(true, c.contains("\n9:Lũng Cú\n"), c);
    }

    @Test
    void hash_sameFields_isStableLowerCaseHex() {
        final String h = AuditHash.hash(1, AT, "a", "b", "c", "d", "{}", AuditHash.GENESIS);
        assertEquals(h, AuditHash.hash(1, AT, "a", "b", "c", "d", "{}", AuditHash.GENESIS));
        assertEquals(true, h.matches("[0-9a-f]{64}"), h);
    }

    @Test
    void hash_anyFieldChanged_changesHash() {
        final String h = AuditHash.hash(1, AT, "a", "b", "c", "d", "{}", AuditHash.GENESIS);
        assertNotEquals(h, AuditHash.hash(2, AT, "a", "b", "c", "d", "{}", AuditHash.GENESIS));
        assertNotEquals(h, AuditHash.hash(1, AT.plusMillis(1), "a", "b", "c", "d", "{}", AuditHash.GENESIS));
        assertNotEquals(h, AuditHash.hash(1, AT, "x", "b", "c", "d", "{}", AuditHash.GENESIS));
        assertNotEquals(h, AuditHash.hash(1, AT, "a", "x", "c", "d", "{}", AuditHash.GENESIS));
        assertNotEquals(h, AuditHash.hash(1, AT, "a", "b", "x", "d", "{}", AuditHash.GENESIS));
        assertNotEquals(h, AuditHash.hash(1, AT, "a", "b", "c", "x", "{}", AuditHash.GENESIS));
        assertNotEquals(h, AuditHash.hash(1, AT, "a", "b", "c", "d", null, AuditHash.GENESIS));
        assertNotEquals(h, AuditHash.hash(1, AT, "a", "b", "c", "d", "{}", "1".repeat(64)));
    }

    @Test
    void hash_newlineInsideValue_cannotPassForTwoFields() {
        // without length prefixes both would serialise to "...a\nb\n..." and collide
        assertNotEquals(AuditHash.hash(1, AT, "a\nb", "c", "t", "i", null, AuditHash.GENESIS),
                AuditHash.hash(1, AT, "a", "b\nc", "t", "i", null, AuditHash.GENESIS));
    }

    @Test
    void cut_longText_keepsMaximumAndMarksIt() {
        final String cut = AuditTrail.cut("x".repeat(100), 20);
        assertEquals(20, cut.length());
        assertEquals(true, cut.endsWith("…[cut]"));
        assertEquals("short", AuditTrail.cut("short", 20));
    }
}
