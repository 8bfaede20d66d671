package vn.loa.cap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The hardened parser and the OASIS schema: what is read, and what is refused before anything is read. */
class CapDocumentsTest {

    private final CapDocuments documents = new CapDocuments();

    private static String flood() {
        return CapSamples.load("actual-flood.xml", Map.of("identifier", "KTTV-2026-0001", "sender",
                CapSamples.SENDER, "sent", "2026-12-07T08:00:00+07:00", "expires", "2026-12-07T20:00:00+07:00",
                "code", "99101"));
    }

    @Test
    void read_realWorldAlert_readsHeaderInfosAndAreas() {
        final CapMessage m = CapMessage.of(documents.read(flood().getBytes(StandardCharsets.UTF_8)));
        assertEquals("KTTV-2026-0001", m.identifier());
        assertEquals(CapSamples.SENDER, m.sender());
        assertEquals(Instant.parse("2026-12-07T01:00:00Z"), m.sent());
        assertEquals("Actual", m.status());
        assertEquals(2, m.infos().size());
        final CapMessage.Info vi = m.infos().get(1);
        assertTrue(vi.vietnamese());
        assertFalse(m.infos().get(0).vietnamese());
        assertEquals("Cảnh báo lũ quét trên sông Nho Quế", vi.headline());
        assertEquals(Instant.parse("2026-12-07T13:00:00Z"), vi.expires());
        assertEquals("MaDVHC", vi.areas().get(0).geocodes().get(0).valueName());
        assertEquals("99101", vi.areas().get(0).geocodes().get(0).value());
    }

    /** The sample really reads the file with a default parser; the hardened one refuses it before reading. */
    @Test
    void read_externalEntityReadingALocalFile_refusedAsHostileAndTheFileNeverRead(@TempDir final Path dir)
            throws Exception {
        final Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MAT-KHAU-BI-MAT-42");
        final String xxe = CapSamples.load("xxe-file.xml", Map.of("file", secret.toUri().toString(),
                "sender", CapSamples.SENDER));

        final DocumentBuilderFactory naive = DocumentBuilderFactory.newInstance();
        naive.setNamespaceAware(true);
        final Document leaked = naive.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(leaked.getDocumentElement().getTextContent().contains("MAT-KHAU-BI-MAT-42"),
                "the sample is a working XXE attack against a default parser");

        final CapRefusal e = assertThrows(CapRefusal.class, () -> documents.read(xxe.getBytes(StandardCharsets.UTF_8)));
        assertEquals("cap-doctype", e.code());
        assertTrue(e.hostile());
        assertFalse(e.getMessage().contains("MAT-KHAU"));
    }

    @Test
    void read_billionLaughs_refusedAtOnceWithoutExpanding() {
        final byte[] bomb = CapSamples.load("billion-laughs.xml", Map.of("sender", CapSamples.SENDER))
                .getBytes(StandardCharsets.UTF_8);
        final CapRefusal e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(CapRefusal.class, () -> documents.read(bomb)));
        assertEquals("cap-doctype", e.code());
        assertTrue(e.hostile());
    }

    @Test
    void read_externalDtdOrUtf16Doctype_refusedAsHostile() {
        final String external = "<?xml version=\"1.0\"?><!DOCTYPE alert SYSTEM \"http://127.0.0.1:9/cap.dtd\">"
                + "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"/>";
        assertEquals("cap-doctype", assertThrows(CapRefusal.class,
                () -> documents.read(external.getBytes(StandardCharsets.UTF_8))).code());
        final String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>";
        final CapRefusal e = assertThrows(CapRefusal.class,
                () -> documents.read(utf16.getBytes(StandardCharsets.UTF_16)));
        assertEquals("cap-doctype", e.code());
        assertTrue(e.hostile());
    }

    @Test
    void read_notWellFormed_refusedNotHostile() {
        final CapRefusal e = assertThrows(CapRefusal.class, () -> documents.read(
                flood().replace("</alert>", "").getBytes(StandardCharsets.UTF_8)));
        assertEquals("cap-not-well-formed", e.code());
        assertFalse(e.hostile());
    }

    @Test
    void read_offTheSchema_refused() {
        for (String broken : new String[] {
                flood().replace("<status>Actual</status>", "<status>Real</status>"),
                flood().replace("<scope>Public</scope>", ""),
                flood().replace("2026-12-07T08:00:00+07:00", "2026-12-07T01:00:00Z"),
                flood().replace("<urgency>Immediate</urgency>", "<urgency>Now</urgency>"),
                flood().replace("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1"),
                flood().replace("<source>", "<sorce>").replace("</source>", "</sorce>")}) {
            assertEquals("cap-invalid", assertThrows(CapRefusal.class,
                    () -> documents.read(broken.getBytes(StandardCharsets.UTF_8))).code(), broken);
        }
    }

    @Test
    void references_badTriple_refused() {
        assertEquals(2, CapMessage.references("a@b,ID-1,2026-12-07T08:00:00+07:00 a@b,ID-2,x").size());
        assertEquals("cap-invalid-references",
                assertThrows(CapRefusal.class, () -> CapMessage.references("a@b,ID-1")).code());
    }
}
