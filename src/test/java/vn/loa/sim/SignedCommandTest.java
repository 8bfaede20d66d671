package vn.loa.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loa.signing.Ed25519;

/** The simulator checks commands as PROTOCOL.md says, against the shared examples and vectors. */
class SignedCommandTest {

    private static final Path EXAMPLES = Path.of("devices", "protocol", "examples");
    private static final String TEST_KEY = "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=";
    private static final PublicKey KEY = Ed25519.publicKey(TEST_KEY);
    private static final String KEY_ID = "56475aa75463474c";
    private static final Set<String> EXACT = Set.of("accept", "unknown-type", "unsigned", "unknown-key",
            "bad-signature");

    @Test
    void canonical_ofEachExample_isItsCanonicalText() throws Exception {
        for (String name : List.of("play", "stop", "report", "cancel", "rotate-key")) {
            final JsonNode command = new ObjectMapper().readTree(EXAMPLES.resolve(name + "-command.json").toFile());
            assertArrayEquals(Files.readAllBytes(EXAMPLES.resolve(name + "-command.canonical.txt")),
                    SignedCommand.canonical(command), name);
            SignedCommand.verify(command, "rx-thon-ma-01", KEY_ID, KEY);
        }
    }

    @Test
    void read_sharedCommandVectors_acceptOrRefuseAsListed() throws Exception {
        final List<String> wrong = new ArrayList<>();
        for (JsonNode v : new ObjectMapper().readTree(EXAMPLES.resolve("vectors.json").toFile()).get("vectors")) {
            if (!"command".equals(v.path("group").asText())) {
                continue;
            }
            final byte[] payload = v.has("payloadBase64") ? Base64.getDecoder().decode(v.get("payloadBase64").asText())
                    : v.get("payload").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String got;
            try {
                SignedCommand.read(payload, "rx-thon-ma-01", KEY_ID, KEY);
                got = "accept";
            } catch (SignedCommand.Refused r) {
                got = r.code;
            }
            final String expect = v.get("expect").asText();
            // the simulator must refuse every invalid command; the exact code matters for the signature checks
            final boolean ok = EXACT.contains(expect) ? expect.equals(got) : !"accept".equals(got);
            if (!ok) {
                wrong.add(v.get("name").asText() + ": expected " + expect + ", got " + got);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void verify_commandForAnotherReceiver_isWrongReceiver() throws Exception {
        final JsonNode command = new ObjectMapper().readTree(EXAMPLES.resolve("play-command.json").toFile());
        final SignedCommand.Refused r = assertThrows(SignedCommand.Refused.class,
                () -> SignedCommand.verify(command, "rx-other-01", KEY_ID, KEY));
        assertEquals("wrong-receiver", r.code);
    }
}
