package vn.loa.agent.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.loa.agent.protocol.CommandParser;
import vn.loa.agent.protocol.CommandRejectedException;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.protocol.WireFormat;
import vn.loa.agent.support.Fixtures;
import vn.loa.agent.support.Signer;

/**
 * The shared vectors of {@code devices/protocol/examples/vectors.json} (PROTOCOL.md sections 2, 4.4, 7), run through
 * the receiver's parse and signature checks, and through its readers of acks, status and digests. The controller's
 * tests load the same file.
 */
class ProtocolVectorsTest {

    private static final ControllerKey TEST_KEY = ControllerKey.ofBase64(Signer.CURRENT.publicKey());

    @TempDir
    Path dir;

    static Stream<Arguments> vectors(final String... groups) {
        final List<Arguments> all = new ArrayList<>();
        for (final JsonNode v : Fixtures.json("vectors.json").get("vectors")) {
            if (List.of(groups).contains(v.get("group").textValue())) {
                final byte[] payload = v.has("payload") ? v.get("payload").textValue().getBytes(StandardCharsets.UTF_8)
                        : Base64.getDecoder().decode(v.get("payloadBase64").textValue());
                all.add(Arguments.of(v.get("group").textValue() + "/" + v.get("name").textValue(), payload,
                        v.get("expect").textValue()));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> commands() {
        return vectors("command");
    }

    static Stream<Arguments> receiverMessages() {
        return vectors("ack", "status", "digest");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void parseThenVerify_commandVector_givesTheExpectedOutcome(final String name, final byte[] payload,
            final String expect) throws Exception {
        final TrustStore trust = TrustStore.open(dir.resolve("trust.json"), TEST_KEY);
        String outcome = "accept";
        try {
            trust.verify(CommandParser.parse(payload));
        } catch (CommandRejectedException e) {
            outcome = e.code().code();
        }
        assertEquals(expect, outcome, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receiverMessages")
    void parse_receiverMessageVector_givesTheExpectedOutcome(final String name, final byte[] payload,
            final String expect) {
        final Runnable parse = switch (name.substring(0, name.indexOf('/'))) {
            case "ack" -> () -> WireFormat.parseAck(payload);
            case "status" -> () -> WireFormat.parseStatus(payload);
            default -> () -> WireFormat.parseDigest(payload);
        };
        if (expect.equals("accept")) {
            parse.run();
        } else {
            assertThrows(IllegalArgumentException.class, parse::run, name);
        }
    }

    @Test
    void vectors_coverEveryRefusalBeforeTheSignature() {
        final List<String> codes = commands().map(a -> (String) a.get()[2]).distinct().toList();
        assertTrue(codes.containsAll(List.of("accept", "invalid-command", "unknown-type", "unsigned", "unknown-key",
                "bad-signature")), codes.toString());
    }
}
