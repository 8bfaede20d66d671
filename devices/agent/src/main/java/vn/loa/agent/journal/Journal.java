package vn.loa.agent.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.CommandId;

/**
 * Append-only record of every command state transition, one JSON object per line, each line fsynced before
 * {@link #append} returns. Loaded whole at start: it is what makes "never play a command twice" hold across
 * restarts. A torn last line (crash mid-write) is skipped.
 *
 * <p>Not yet: compaction (the file grows by ~150 bytes per transition, a few per broadcast).
 */
public final class Journal implements Closeable {

    private static final Logger LOG = Logger.getLogger(Journal.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FileChannel channel;
    private final Map<CommandId, JournalEntry> last = new HashMap<>();
    /** Per command: the latest entry with an ack state, for the digest. */
    private final Map<CommandId, JournalEntry> lastAck = new HashMap<>();
    private final Map<CommandId, Long> seqs = new HashMap<>();

    private Journal(final FileChannel channel) {
        this.channel = channel;
    }

    /** Opens (creating if needed) the journal file and loads the last entry of each command. */
    public static @NotNull Journal open(final @NotNull Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        final Journal journal = new Journal(FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        journal.load(file);
        return journal;
    }

    private void load(final Path file) throws IOException {
        int lineNo = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    remember(parse(line));
                } catch (RuntimeException | IOException e) {
                    LOG.warning(() -> "journal " + file + " line skipped (torn or corrupt): " + e.getMessage());
                }
            }
        }
        if (channel.size() > 0 && !endsWithNewline(file)) {
            write("\n");
        }
        final int lines = lineNo;
        LOG.info(() -> "journal loaded file=" + file + " lines=" + lines + " commands=" + last.size());
    }

    private static boolean endsWithNewline(final Path file) throws IOException {
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
            final ByteBuffer lastByte = ByteBuffer.allocate(1);
            reader.read(lastByte, reader.size() - 1);
            return lastByte.get(0) == '\n';
        }
    }

    /** The latest entry of a command, empty if the command was never seen. */
    public synchronized @NotNull Optional<JournalEntry> last(final @NotNull CommandId commandId) {
        return Optional.ofNullable(last.get(commandId));
    }

    /** Appends an entry and forces it to disk. */
    public synchronized void append(final @NotNull JournalEntry entry) {
        write(format(entry) + "\n");
        remember(entry);
    }

    private void remember(final JournalEntry entry) {
        last.put(entry.commandId(), entry);
        if (entry.step().ackState().isPresent()) {
            lastAck.put(entry.commandId(), entry);
        }
        if (entry.seq() != null) {
            seqs.put(entry.commandId(), entry.seq());
        }
    }

    /** Every command with an acked state, in no particular order. */
    public synchronized @NotNull List<KnownCommand> known() {
        final List<KnownCommand> result = new ArrayList<>(lastAck.size());
        lastAck.forEach((id, entry) -> result.add(new KnownCommand(id, seqs.get(id), entry)));
        return result;
    }

    /**
     * Appends {@code entry} only if its command has no entry yet.
     *
     * @return empty if appended, otherwise the command's latest entry (unchanged)
     */
    public synchronized @NotNull Optional<JournalEntry> appendIfFirst(final @NotNull JournalEntry entry) {
        final JournalEntry existing = last.get(entry.commandId());
        if (existing != null) {
            return Optional.of(existing);
        }
        append(entry);
        return Optional.empty();
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private void write(final String text) {
        try {
            final ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("journal write failed", e);
        }
    }

    private static String format(final JournalEntry entry) {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("commandId", entry.commandId().value());
        node.put("step", entry.step().wire());
        node.put("at", entry.at().toString());
        node.put("detail", entry.detail());
        if (entry.seq() != null) {
            node.put("seq", entry.seq());
        }
        return node.toString();
    }

    private static JournalEntry parse(final String line) throws IOException {
        final JsonNode node = MAPPER.readTree(line);
        final JsonNode detail = node.get("detail");
        final JsonNode seq = node.get("seq");
        return new JournalEntry(
                CommandId.of(node.get("commandId").textValue()),
                Step.fromWire(node.get("step").textValue()),
                OffsetDateTime.parse(node.get("at").textValue()),
                detail == null || detail.isNull() ? null : detail.textValue(),
                seq == null || !seq.canConvertToLong() ? null : seq.longValue());
    }
}
