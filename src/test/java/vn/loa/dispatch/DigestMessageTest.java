package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestMessageTest {

    @Test
    void parse_fixture_listsCommandsNewestFirst() {
        final DigestMessage d = DigestMessage.parse(Fixtures.bytes("digest.json"));
        assertEquals(2, d.commands().size());
        assertEquals("played", d.commands().get(0).state());
        assertEquals("0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11", d.commands().get(0).commandId());
    }

    @Test
    void parse_badDigest_isRefused() {
        final String good = Fixtures.text("digest.json");
        for (String bad : new String[] {good.replace("\"commands\"", "\"cmds\""),
                good.replace("\"played\"", "\"PLAYED\""), good.replace("0f8e2b8a-3c51", "zzz")}) {
            assertThrows(MalformedMessageException.class,
                    () -> DigestMessage.parse(bad.getBytes(StandardCharsets.UTF_8)), bad);
        }
    }
}
