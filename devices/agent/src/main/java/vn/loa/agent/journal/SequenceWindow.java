package vn.loa.agent.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.CommandId;

/**
 * Replay protection by sequence number (PROTOCOL.md section 4.5): the highest accepted {@code seq} H and the
 * accepted ones in (H - {@link #SIZE}, H], each with the command that used it, kept in {@code sequence.json}
 * (written with {@link DurableFile}). Remembering the command lets the same command through again if the agent
 * crashed after recording its seq but before journaling it (the broker then redelivers it); any other command with
 * a used seq is refused. Thread-safe.
 */
public final class SequenceWindow {

    /** Reordering window: how far below H a not yet used seq is still accepted. */
    public static final int SIZE = 64;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private long highest;
    /** seq to commandId, only seqs in (highest - SIZE, highest]. */
    private final TreeMap<Long, String> accepted = new TreeMap<>();

    private SequenceWindow(final Path file) {
        this.file = file;
    }

    /** @throws IOException if {@code file} exists but is unreadable: better no playback than replays */
    public static @NotNull SequenceWindow open(final @NotNull Path file) throws IOException {
        final SequenceWindow window = new SequenceWindow(file);
        if (Files.exists(file)) {
            try {
                final JsonNode node = MAPPER.readTree(Files.readAllBytes(file));
                window.highest = node.get("highest").longValue();
                final Iterator<Map.Entry<String, JsonNode>> fields = node.get("accepted").fields();
                while (fields.hasNext()) {
                    final Map.Entry<String, JsonNode> field = fields.next();
                    window.accepted.put(Long.parseLong(field.getKey()), field.getValue().textValue());
                }
            } catch (IOException | RuntimeException e) {
                throw new IOException("unreadable " + file + ": " + e.getMessage(), e);
            }
        }
        return window;
    }

    /** The highest accepted seq, 0 before the first. */
    public synchronized long highest() {
        return highest;
    }

    /** The seq {@code commandId} used, if it is still in the window. */
    public synchronized @NotNull OptionalLong seqOf(final @NotNull CommandId commandId) {
        return accepted.entrySet().stream().filter(e -> e.getValue().equals(commandId.value()))
                .mapToLong(Map.Entry::getKey).findFirst();
    }

    /** @return true if {@code commandId} may use {@code seq}: above H, or in the window and unused (or its own) */
    public synchronized boolean admits(final long seq, final @NotNull CommandId commandId) {
        if (seq > highest) {
            return true;
        }
        if (seq <= highest - SIZE) {
            return false;
        }
        final String user = accepted.get(seq);
        return user == null || user.equals(commandId.value());
    }

    /**
     * Records {@code seq} as used by {@code commandId} and forces it to disk.
     *
     * @throws IllegalStateException if {@link #admits} says no
     */
    public synchronized void accept(final long seq, final @NotNull CommandId commandId) throws IOException {
        if (!admits(seq, commandId)) {
            throw new IllegalStateException("seq " + seq + " not admitted");
        }
        final long newHighest = Math.max(highest, seq);
        final TreeMap<Long, String> next = new TreeMap<>(accepted.tailMap(newHighest - SIZE, false));
        next.put(seq, commandId.value());
        write(newHighest, next);
        highest = newHighest;
        accepted.clear();
        accepted.putAll(next);
    }

    private void write(final long newHighest, final TreeMap<Long, String> seqs) throws IOException {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("highest", newHighest);
        final ObjectNode used = node.putObject("accepted");
        seqs.forEach((seq, id) -> used.put(Long.toString(seq), id));
        DurableFile.write(file, MAPPER.writeValueAsBytes(node));
    }
}
