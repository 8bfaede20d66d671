package vn.loa.agent.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.journal.DurableFile;
import vn.loa.agent.protocol.Ack;
import vn.loa.agent.protocol.WireFormat;

/**
 * The outbox on disk, one JSON object per line: {@code {"n":7,"ack":{...}}} when ack number 7 is added (fsynced
 * before {@link #add} returns) and {@code {"done":7}} once the broker acknowledged it. Rewritten with only the
 * waiting acks at open, and emptied whenever nothing waits and it has grown past {@link #COMPACT_BYTES}. A torn last
 * line is skipped: at worst an ack is sent twice, which QoS 1 allows anyway.
 */
final class OutboxFile implements Closeable {

    private static final Logger LOG = Logger.getLogger(OutboxFile.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Size from which a file with nothing waiting is emptied, bytes. */
    static final long COMPACT_BYTES = 64 * 1024;

    private final FileChannel channel;
    private final SortedMap<Long, Ack> loaded;

    private OutboxFile(final FileChannel channel, final SortedMap<Long, Ack> loaded) {
        this.channel = channel;
        this.loaded = loaded;
    }

    /** Loads the acks still waiting, rewrites the file with only those, and opens it for appending. */
    static @NotNull OutboxFile open(final @NotNull Path file) throws IOException {
        final SortedMap<Long, Ack> waiting = new TreeMap<>();
        if (Files.exists(file)) {
            for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    load(file, line, waiting);
                }
            }
        }
        final StringBuilder text = new StringBuilder();
        waiting.forEach((n, ack) -> text.append(addLine(n, ack)));
        DurableFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        final FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new OutboxFile(channel, waiting);
    }

    private static void load(final Path file, final String line, final SortedMap<Long, Ack> into) {
        try {
            final JsonNode node = MAPPER.readTree(line);
            if (node.has("done")) {
                into.remove(node.get("done").longValue());
            } else {
                into.put(node.get("n").longValue(), WireFormat.parseAck(MAPPER.writeValueAsBytes(node.get("ack"))));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "outbox " + file + " line skipped (torn or corrupt): " + e.getMessage());
        }
    }

    /** The acks that were waiting when the file was opened, by number. */
    @NotNull SortedMap<Long, Ack> loaded() {
        return loaded;
    }

    /** Appends ack number {@code n} and forces it to disk. */
    void add(final long n, final @NotNull Ack ack) throws IOException {
        write(addLine(n, ack), true);
    }

    /** Notes that ack {@code n} left the outbox; not forced, since losing it only means one more duplicate. */
    void done(final long n, final boolean nothingWaits) throws IOException {
        if (nothingWaits && channel.size() > COMPACT_BYTES) {
            channel.truncate(0);
            channel.force(true);
            return;
        }
        write("{\"done\":" + n + "}\n", false);
    }

    private void write(final String line, final boolean force) throws IOException {
        final ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        if (force) {
            channel.force(false);
        }
    }

    private static String addLine(final long n, final Ack ack) {
        try {
            final ObjectNode node = MAPPER.createObjectNode();
            node.put("n", n);
            node.set("ack", MAPPER.readTree(WireFormat.ack(ack)));
            return node + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen: the ack JSON was just written", e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
