package vn.loa.agent.journal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.jetbrains.annotations.NotNull;
import vn.loa.agent.protocol.CommandId;

/**
 * Accepted commands that have not reached a final state, one file each: {@code <dir>/<commandId>.json} holds the
 * payload exactly as received, so a restarted agent re-parses the original. Its signature was verified before it was
 * stored and is not verified again (a key rotation in between would wrongly reject it). Only {@code play} commands
 * are stored: {@code stop}, {@code rotate-key} and {@code report} are done as soon as they are received. Files are
 * written with {@link DurableFile}.
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
        DurableFile.write(file(commandId), payload);
    }

    public void delete(final @NotNull CommandId commandId) {
        try {
            Files.deleteIfExists(file(commandId));
        } catch (IOException e) {
            LOG.warning(() -> "commandId=" + commandId + " pending file not deleted: " + e);
        }
    }

    /** The ids of the stored commands: the accepted ones that are not final. Empty if the folder is unreadable. */
    public @NotNull Set<CommandId> ids() {
        final Set<CommandId> ids = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (final Path file : files) {
                final String name = file.getFileName().toString();
                try {
                    ids.add(CommandId.of(name.substring(0, name.length() - SUFFIX.length())));
                } catch (IllegalArgumentException e) {
                    LOG.fine(() -> "misnamed pending file " + file);
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "cannot list " + dir + ": " + e);
        }
        return ids;
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
