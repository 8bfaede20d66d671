package vn.loa.agent.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** The protocol example files in {@code devices/protocol/examples}, the contract shared with the controller. */
public final class Fixtures {

    public static final Path EXAMPLES = Path.of("../protocol/examples");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter WIRE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Fixtures() {
    }

    public static byte[] bytes(final String name) {
        try {
            return Files.readAllBytes(EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json(final String name) {
        try {
            return (ObjectNode) MAPPER.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example play command, edited. */
    public static byte[] playCommand(final Consumer<ObjectNode> edit) {
        final ObjectNode node = json("play-command.json");
        edit.accept(node);
        return toBytes(node);
    }

    /** The example play command, edited, then signed with the TEST key. */
    public static byte[] signedPlay(final Consumer<ObjectNode> edit) {
        return signed("play-command.json", edit);
    }

    /** The example stop command, edited, then signed with the TEST key. */
    public static byte[] signedStop(final Consumer<ObjectNode> edit) {
        return signed("stop-command.json", edit);
    }

    /** An example command, edited, then signed with the TEST key. */
    public static byte[] signed(final String name, final Consumer<ObjectNode> edit) {
        final ObjectNode node = json(name);
        edit.accept(node);
        return Signer.CURRENT.sign(node);
    }

    /** An instant as commands spell it (PROTOCOL.md 2.3): UTC, exactly milliseconds, {@code Z}. */
    public static String instant(final Instant at) {
        return WIRE_INSTANT.format(at);
    }

    public static byte[] toBytes(final ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
