package vn.loa.agent.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Signs commands as the controller does (PROTOCOL.md 4.4), with its own canonical-form code so that the agent's is
 * checked against a second implementation. {@link #CURRENT} and {@link #NEXT} are the TEST keys of
 * {@code test-keys.json}.
 */
public final class Signer {

    public static final Signer CURRENT = fromTestKeys("current");
    public static final Signer NEXT = fromTestKeys("next");

    private static final List<String> COMMON = List.of("type", "commandId", "receiverId", "seq", "issuedAt");
    private static final Map<String, List<String>> FIELDS = Map.of(
            "play", List.of("playAt", "expiresAt", "broadcastId", "audio.url", "audio.sha256", "audio.bytes",
                    "audio.durationMs", "priority", "title"),
            "stop", List.of("expiresAt"),
            "report", List.of("expiresAt"),
            "rotate-key", List.of("expiresAt", "newKeyId", "newPublicKey"),
            "cancel", List.of("expiresAt", "targetCommandId"));

    private final PrivateKey privateKey;
    private final String keyId;
    private final String publicKey;

    private Signer(final PrivateKey privateKey, final String keyId, final String publicKey) {
        this.privateKey = privateKey;
        this.keyId = keyId;
        this.publicKey = publicKey;
    }

    private static Signer fromTestKeys(final String which) {
        final JsonNode key = Fixtures.json("test-keys.json").get(which);
        try {
            final PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(
                    NamedParameterSpec.ED25519, HexFormat.of().parseHex(key.get("seedHex").textValue())));
            return new Signer(privateKey, key.get("keyId").textValue(), key.get("publicKey").textValue());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh key that claims {@code keyId}: a forger who copied the trusted key's id. */
    public static Signer forger(final String keyId) {
        try {
            final var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            final byte[] x509 = pair.getPublic().getEncoded();
            final byte[] raw = java.util.Arrays.copyOfRange(x509, x509.length - 32, x509.length);
            return new Signer(pair.getPrivate(), keyId, Base64.getEncoder().encodeToString(raw));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** Base64 of the raw 32-byte public key. */
    public String publicKey() {
        return publicKey;
    }

    /** Sets {@code keyId} and {@code sig} of {@code command} (edited in place) and returns its JSON bytes. */
    public byte[] sign(final ObjectNode command) {
        if (command.get("quietHours") instanceof ObjectNode quiet) {
            quiet.put("sig", Base64.getEncoder().encodeToString(signature(quietHoursCanonical(command))));
        }
        if (command.get("slot") instanceof ObjectNode slot) {
            slot.put("sig", Base64.getEncoder().encodeToString(signature(slotCanonical(command))));
        }
        command.put("keyId", keyId);
        command.put("sig", Base64.getEncoder().encodeToString(signature(canonical(command))));
        return Fixtures.toBytes(command);
    }

    public byte[] signature(final byte[] message) {
        try {
            final Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical form of a command as the controller builds it. */
    public static byte[] canonical(final ObjectNode command) {
        final StringBuilder text = new StringBuilder("LOA-CMD-V1\n");
        final String type = command.get("type").textValue();
        for (final String name : concat(COMMON, FIELDS.get(type))) {
            final JsonNode node = name.startsWith("audio.")
                    ? command.get("audio").get(name.substring(6)) : command.get(name);
            text.append(name).append('=').append(node.isTextual() ? node.textValue() : node.asText()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text a play's {@code quietHours} signature covers (PROTOCOL.md 4.1e), as the controller builds it. */
    public static byte[] quietHoursCanonical(final ObjectNode command) {
        final JsonNode quiet = command.get("quietHours");
        return ("LOA-QUIET-HOURS-V1\ncommandId=" + command.get("commandId").textValue() + "\nfrom="
                + quiet.get("from").textValue() + "\nto=" + quiet.get("to").textValue() + "\nutcOffset="
                + quiet.get("utcOffset").textValue() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The text a play's {@code slot} signature covers (PROTOCOL.md 4.1f), as the controller builds it. */
    public static byte[] slotCanonical(final ObjectNode command) {
        final JsonNode slot = command.get("slot");
        return ("LOA-SLOT-V1\ncommandId=" + command.get("commandId").textValue() + "\nslotId="
                + slot.get("slotId").asText() + "\nname=" + slot.get("name").textValue() + "\noccurrenceAt="
                + slot.get("occurrenceAt").textValue() + "\nindex=" + slot.get("index").asText() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> concat(final List<String> a, final List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
