package vn.loa.agent.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.journal.DurableFile;
import vn.loa.agent.protocol.ControllerKey;

/**
 * Detects that the receiver was provisioned anew (PROTOCOL.md section 11.4) and clears the state that belonged to
 * the old provisioning, before {@link TrustStore} and the sequence window open their files.
 *
 * <p>{@code provisioning.json} remembers the key id of the configured controller key and a SHA-256 of the MQTT
 * credentials. At start:
 * <ul>
 * <li>the credentials changed (the receiver was registered again, or given a new secret): the controller may have
 * restarted its sequence counter, so {@code sequence.json} is deleted (the highest seq starts again from 0);</li>
 * <li>the configured key changed, and is not the key a verified rotation already installed: a new controller key
 * was provisioned, so {@code trust.json} (the rotated key of the old provisioning) and {@code sequence.json} are
 * deleted.</li>
 * </ul>
 * The journal is kept: a commandId it knows is still refused as a replay. A file written before this class existed
 * is adopted as the current provisioning without clearing anything.
 */
public final class Provisioning {

    private static final Logger LOG = Logger.getLogger(Provisioning.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Provisioning() {
    }

    /** What was cleared. */
    public enum Outcome { UNCHANGED, SEQUENCE_CLEARED, KEY_AND_SEQUENCE_CLEARED }

    /**
     * @param cache       the cache folder holding {@code provisioning.json}, {@code trust.json}, {@code sequence.json}
     * @param configured  the configured controller key
     * @param username    MQTT username, null if none
     * @param password    MQTT password, null if none
     * @throws IOException if a file cannot be read, deleted or written: better no start than a wrong trust state
     */
    public static @NotNull Outcome apply(final @NotNull Path cache, final @NotNull ControllerKey configured,
            final @Nullable String username, final @Nullable String password) throws IOException {
        final Path file = cache.resolve("provisioning.json");
        final Path trust = cache.resolve("trust.json");
        final Path sequence = cache.resolve("sequence.json");
        final String credentials = credentialsHash(username, password);
        Outcome outcome = Outcome.UNCHANGED;
        if (Files.exists(file)) {
            final JsonNode known = read(file);
            final boolean keyChanged = !configured.keyId().equals(known.path("keyId").textValue())
                    && !configured.keyId().equals(trustedKeyId(trust));
            final boolean credentialsChanged = !credentials.equals(known.path("credentials").textValue());
            if (keyChanged) {
                Files.deleteIfExists(trust);
                Files.deleteIfExists(sequence);
                outcome = Outcome.KEY_AND_SEQUENCE_CLEARED;
            } else if (credentialsChanged) {
                Files.deleteIfExists(sequence);
                outcome = Outcome.SEQUENCE_CLEARED;
            }
        }
        if (outcome != Outcome.UNCHANGED) {
            final Outcome done = outcome;
            LOG.warning(() -> "receiver provisioned anew (" + (done == Outcome.SEQUENCE_CLEARED ? "new credentials"
                    : "new controller key " + configured.keyId()) + "): sequence state cleared"
                    + (done == Outcome.KEY_AND_SEQUENCE_CLEARED ? ", rotated key forgotten" : ""));
        }
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("keyId", configured.keyId());
        node.put("credentials", credentials);
        if (!Files.exists(file) || outcome != Outcome.UNCHANGED || !read(file).equals(node)) {
            DurableFile.write(file, MAPPER.writeValueAsBytes(node));
        }
        return outcome;
    }

    private static JsonNode read(final Path file) throws IOException {
        try {
            final JsonNode node = MAPPER.readTree(Files.readAllBytes(file));
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException | RuntimeException e) {
            throw new IOException("unreadable " + file + ": " + e.getMessage(), e);
        }
    }

    private static @Nullable String trustedKeyId(final Path trust) throws IOException {
        return Files.exists(trust) ? read(trust).path("keyId").textValue() : null;
    }

    /** SHA-256 of username, NUL, password, as hex: shows a change without keeping the secret. */
    static @NotNull String credentialsHash(final @Nullable String username, final @Nullable String password) {
        try {
            final MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((username == null ? "" : username).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((password == null ? "" : password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
