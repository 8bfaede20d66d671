package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared vectors of devices/protocol/examples/vectors.json (PROTOCOL.md 2.2, 10) that concern what the
 * controller reads: acks, status and digests are accepted or dropped as the file says. The agent's tests load the
 * same file.
 */
class WireVectorsTest {

    static Stream<Arguments> receiverMessages() throws Exception {
        final List<Arguments> all = new ArrayList<>();
        for (final JsonNode v : Wire.JSON.readTree(Fixtures.bytes("vectors.json")).get("vectors")) {
            final String group = v.get("group").textValue();
            if (group.equals("command")) {
                continue;
            }
            final byte[] payload = v.has("payload") ? v.get("payload").textValue().getBytes(StandardCharsets.UTF_8)
                    : Base64.getDecoder().decode(v.get("payloadBase64").textValue());
            all.add(Arguments.of(group + "/" + v.get("name").textValue(), payload, v.get("expect").textValue()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receiverMessages")
    void parse_vector_acceptsOrDropsAsTheFileSays(final String name, final byte[] payload, final String expect) {
        final Runnable parse = switch (name.substring(0, name.indexOf('/'))) {
            case "ack" -> () -> AckMessage.parse(payload);
            case "status" -> () -> StatusMessage.parse(payload);
            default -> () -> DigestMessage.parse(payload);
        };
        if (expect.equals("accept")) {
            parse.run();
        } else {
            assertEquals("drop", expect, name);
            assertThrows(MalformedMessageException.class, parse::run, name);
        }
    }

    @Test
    void vectors_holdDropsForEveryMessageKind() throws Exception {
        final List<String> dropped = receiverMessages().filter(a -> a.get()[2].equals("drop"))
                .map(a -> ((String) a.get()[0]).substring(0, ((String) a.get()[0]).indexOf('/'))).distinct().toList();
        assertTrue(dropped.containsAll(List.of("ack", "status", "digest")), dropped.toString());
    }

    @Test
    void parse_unverifiedFixture_isNotVerified() {
        final AckMessage ack = AckMessage.parse(Fixtures.bytes("ack-rejected-unverified.json"));
        assertFalse(ack.verifiedFlag());
        assertFalse(ack.verified());
        assertEquals("bad-signature", ack.code());
    }

    @Test
    void verified_olderReceiverWithoutFlag_decidedByTheCode() {
        final String unsigned = "{\"v\":1,\"commandId\":\"0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11\","
                + "\"receiverId\":\"rx-a1\",\"state\":\"rejected\",\"at\":\"2026-12-06T09:20:11.042+07:00\","
                + "\"detail\":\"%s: x\"}";
        assertFalse(AckMessage.parse(String.format(unsigned, "unsigned").getBytes(StandardCharsets.UTF_8)).verified());
        assertFalse(AckMessage.parse(String.format(unsigned, "unknown-type").getBytes(StandardCharsets.UTF_8))
                .verified());
        assertTrue(AckMessage.parse(String.format(unsigned, "old-sequence").getBytes(StandardCharsets.UTF_8))
                .verified());
        assertTrue(AckMessage.parse(String.format(unsigned, "replayed-id").getBytes(StandardCharsets.UTF_8))
                .verified());
    }

    @Test
    void verified_plainAck_isVerified() {
        assertTrue(AckMessage.parse(Fixtures.bytes("ack-played.json")).verified());
        assertTrue(AckMessage.parse(Fixtures.bytes("ack-rejected.json")).verified());
    }
}
