package vn.loa.agent.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.CommandId;

/**
 * Accepted commands that have not reached a final state, one file each: {@code <dir>/<commandId>.json} holds the
 * payload exactly as received, so a restarted agent re-parses (and later re-verifies a signature of) the original.
 * Files are written to a temp file, fsynced, then atomically renamed.
 */
public final class PendingCommands {

    private static final Logger LOG = Logger.getLogger(PendingCommands.class.getName());
    private static final String SUFFIX = ".json";

    private final Path dir;

    private PendingCommands(final Path dir) {
        this.dir = dir;
    }

    public static @NotNull PendingCommands open(final @NotNull Path dir) throws IOException {
        Files.createDirectories(dir);
        return new PendingCommands(dir);
    }

    public void save(final @NotNull CommandId commandId, final byte @NotNull [] payload) throws IOException {
        final Path target = file(commandId);
        final Path temp = dir.resolve(commandId.value() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(payload));
            channel.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public void delete(final @NotNull CommandId commandId) {
        try {
            Files.deleteIfExists(file(commandId));
        } catch (IOException e) {
            LOG.warning(() -> "commandId=" + commandId + " pending file not deleted: " + e);
        }
    }

    /** All stored payloads by command id; unreadable or misnamed files are logged and skipped. */
    public @NotNull Map<CommandId, byte[]> all() throws IOException {
        final Map<CommandId, byte[]> result = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (final Path file : files) {
                final String name = file.getFileName().toString();
                try {
                    result.put(CommandId.of(name.substring(0, name.length() - SUFFIX.length())), Files.readAllBytes(file));
                } catch (IllegalArgumentException | IOException e) {
                    LOG.warning(() -> "pending file skipped " + file + ": " + e.getMessage());
                }
            }
        }
        return result;
    }

    private Path file(final CommandId commandId) {
        return dir.resolve(commandId.value() + SUFFIX);
    }
}
