package vn.loa.agent.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;
import vn.loa.agent.journal.DurableFile;
import vn.loa.agent.protocol.CommandId;
import vn.loa.agent.protocol.CommandRejectedException;
import vn.loa.agent.protocol.ControllerKey;
import vn.loa.agent.protocol.DetailCode;
import vn.loa.agent.protocol.SignedCommand;

/**
 * The one controller key this receiver trusts (PROTOCOL.md sections 4.4, 4.1b): the configured key until a verified
 * {@code rotate-key} replaced it; the replacement lives in {@code trust.json} and wins over the configuration from
 * then on. Thread-safe.
 */
public final class TrustStore {

    private static final Logger LOG = Logger.getLogger(TrustStore.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private volatile Trusted trusted;

    private record Trusted(ControllerKey key, Ed25519 verifier, @Nullable CommandId rotatedBy) {
    }

    private TrustStore(final Path file, final Trusted trusted) {
        this.file = file;
        this.trusted = trusted;
    }

    /**
     * @param file       {@code trust.json}; read if present
     * @param configured the key from the configuration, used while no rotation was stored
     * @throws IOException if {@code file} exists but cannot be read or holds no valid key: a receiver that lost
     *                     track of its key must not fall back to an older one
     */
    public static @NotNull TrustStore open(final @NotNull Path file, final @NotNull ControllerKey configured)
            throws IOException {
        if (!Files.exists(file)) {
            return new TrustStore(file, new Trusted(configured, new Ed25519(configured), null));
        }
        try {
            final JsonNode node = MAPPER.readTree(Files.readAllBytes(file));
            final ControllerKey key = ControllerKey.ofBase64(node.path("publicKey").textValue());
            final String by = node.path("rotatedBy").textValue();
            LOG.info(() -> "trusted controller key " + key.keyId() + " from " + file);
            return new TrustStore(file, new Trusted(key, new Ed25519(key), by == null ? null : CommandId.of(by)));
        } catch (IOException | RuntimeException e) {
            throw new IOException("unreadable " + file + ": " + e.getMessage(), e);
        }
    }

    public @NotNull ControllerKey current() {
        return trusted.key();
    }

    /** The {@code rotate-key} command that installed the current key, empty for the configured key. */
    public @NotNull Optional<CommandId> rotatedBy() {
        return Optional.ofNullable(trusted.rotatedBy());
    }

    /**
     * Step 2 of PROTOCOL.md section 7.
     *
     * @throws CommandRejectedException {@link DetailCode#UNSIGNED}, {@link DetailCode#UNKNOWN_KEY} or
     *                                  {@link DetailCode#BAD_SIGNATURE}
     */
    public void verify(final @NotNull SignedCommand signed) throws CommandRejectedException {
        final CommandId id = signed.command().commandId();
        if (signed.keyId() == null || signed.sig() == null) {
            throw new CommandRejectedException(DetailCode.UNSIGNED, id, "sig or keyId missing");
        }
        final Trusted now = trusted;
        if (!now.key().keyId().equals(signed.keyId())) {
            throw new CommandRejectedException(DetailCode.UNKNOWN_KEY, id,
                    "keyId " + signed.keyId() + " is not the trusted key " + now.key().keyId());
        }
        final byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signed.sig());
        } catch (IllegalArgumentException e) {
            throw new CommandRejectedException(DetailCode.BAD_SIGNATURE, id, "sig is not base64");
        }
        if (!now.verifier().verifies(signed.canonical(), signature)) {
            throw new CommandRejectedException(DetailCode.BAD_SIGNATURE, id, "signature does not verify");
        }
        for (final SignedCommand.Part part : signed.parts()) {
            // a part altered or transplanted from another command refuses the whole command
            final byte[] partSignature;
            try {
                partSignature = Base64.getDecoder().decode(part.sig());
            } catch (IllegalArgumentException e) {
                throw new CommandRejectedException(DetailCode.BAD_SIGNATURE, id, part.name() + ".sig is not base64");
            }
            if (!now.verifier().verifies(part.canonical(), partSignature)) {
                throw new CommandRejectedException(DetailCode.BAD_SIGNATURE, id,
                        part.name() + " signature does not verify");
            }
        }
    }

    /** Stores {@code next} durably as the only trusted key, then trusts it. */
    public synchronized void replace(final @NotNull ControllerKey next, final @NotNull CommandId rotatedBy)
            throws IOException {
        final Trusted replacement = new Trusted(next, new Ed25519(next), rotatedBy);
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("keyId", next.keyId());
        node.put("publicKey", next.base64());
        node.put("rotatedBy", rotatedBy.value());
        DurableFile.write(file, MAPPER.writeValueAsBytes(node));
        trusted = replacement;
        LOG.info(() -> "controller key rotated to " + next.keyId() + " by commandId=" + rotatedBy);
    }
}
