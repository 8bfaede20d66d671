package vn.loa.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Room: operations. {@code deploy/loa-backup} and {@code deploy/loa-restore} run by dash (POSIX sh): the PostgreSQL
 * path against the machine's PostgreSQL (two throwaway databases), and the refusals. The H2 path with the packaged
 * controller is {@code BackupRestoreIT}.
 */
class BackupScriptsTest {

    static final Path BACKUP = Path.of("deploy", "loa-backup").toAbsolutePath();
    static final Path RESTORE = Path.of("deploy", "loa-restore").toAbsolutePath();
    private static final String PG = "host=127.0.0.1 port=5432 user=postgres dbname=";

    @TempDir
    Path tmp;

    @Test
    void backupThenRestore_postgresql_sameRowsAndSameStoreFiles() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")) && run(List.of("pg_isready", "-q", "-h",
                "127.0.0.1"), Map.of()).code == 0, "no pg_dump or no PostgreSQL on 127.0.0.1:5432");
        final String suffix = Long.toString(System.nanoTime(), 36);
        final String source = "loa_ops_bk_src_" + suffix;
        final String target = "loa_ops_bk_dst_" + suffix;
        psql("test", "CREATE DATABASE " + source);
        psql("test", "CREATE DATABASE " + target);
        try {
            psql(source, "CREATE SCHEMA loa; CREATE TABLE loa.delivery (id INT PRIMARY KEY, state VARCHAR(20)); "
                    + "INSERT INTO loa.delivery VALUES (1, 'PLAYED'), (2, 'FAILED')");
            final Path data = tmp.resolve("data");
            final Path audio = store(data, "audio", "mp3", "an mp3".getBytes(StandardCharsets.UTF_8));
            final Path recording = store(data, "recordings", "wav", "a wav".getBytes(StandardCharsets.UTF_8));
            final Path archive = tmp.resolve("loa.tar.gz");
            final Result backup = sh(BACKUP, archive, Map.of("LOA_DATA_DIR", data.toString(), "LOA_BACKUP_PG",
                    PG + source));
            assertEquals(0, backup.code, backup.out);

            final Path fresh = tmp.resolve("fresh");
            final Result restore = sh(RESTORE, archive, Map.of("LOA_DATA_DIR", fresh.toString(), "LOA_BACKUP_PG",
                    PG + target));
            assertEquals(0, restore.code, restore.out);
            assertEquals("1|PLAYED\n2|FAILED", psql(target, "SELECT id, state FROM loa.delivery ORDER BY id").trim());
            assertArrayEquals(Files.readAllBytes(audio), Files.readAllBytes(fresh.resolve(data.relativize(audio))));
            assertArrayEquals(Files.readAllBytes(recording),
                    Files.readAllBytes(fresh.resolve(data.relativize(recording))));
            assertFalse(Files.exists(fresh.resolve("loa.mv.db")), "no H2 file in a PostgreSQL restore");
        } finally {
            psql("test", "DROP DATABASE IF EXISTS " + source);
            psql("test", "DROP DATABASE IF EXISTS " + target);
        }
    }

    @Test
    void restore_intoANonEmptyDataDir_refusedAndNothingTouched() throws Exception {
        final Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("loa.mv.db"), "h2");
        final Path archive = tmp.resolve("loa.tar.gz");
        assertEquals(0, sh(BACKUP, archive, Map.of("LOA_DATA_DIR", data.toString(), "LOA_STOP_COMMAND", "")).code);
        final Result again = sh(RESTORE, archive, Map.of("LOA_DATA_DIR", data.toString()));
        assertEquals(2, again.code);
        assertTrue(again.out.contains("is not empty"), again.out);
        assertEquals("h2", Files.readString(data.resolve("loa.mv.db")));
    }

    @Test
    void restore_anAudioFileAlteredInTheArchive_refused() throws Exception {
        final Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("loa.mv.db"), "h2");
        final Path audio = store(data, "audio", "mp3", "an mp3".getBytes(StandardCharsets.UTF_8));
        Files.writeString(audio, "not what its name says");
        final Path archive = tmp.resolve("loa.tar.gz");
        assertEquals(0, sh(BACKUP, archive, Map.of("LOA_DATA_DIR", data.toString(), "LOA_STOP_COMMAND", "")).code);
        final Path fresh = tmp.resolve("fresh");
        final Result restore = sh(RESTORE, archive, Map.of("LOA_DATA_DIR", fresh.toString()));
        assertEquals(3, restore.code, restore.out);
        assertFalse(Files.exists(fresh.resolve("loa.mv.db")));
    }

    @Test
    void backup_h2WithoutDatabaseFile_orWithoutArchiveName_refused() throws Exception {
        final Path data = Files.createDirectories(tmp.resolve("empty"));
        final Result noDb = sh(BACKUP, tmp.resolve("x.tar.gz"), Map.of("LOA_DATA_DIR", data.toString(),
                "LOA_STOP_COMMAND", ""));
        assertEquals(2, noDb.code);
        assertTrue(noDb.out.contains("no H2 database"), noDb.out);
        assertFalse(Files.exists(tmp.resolve("x.tar.gz")));
        assertTrue(run(List.of("/bin/sh", BACKUP.toString()), Map.of()).code != 0, "usage without an archive");
        final Result notOurs = sh(RESTORE, Files.writeString(tmp.resolve("n.tar.gz"), "x"), Map.of("LOA_DATA_DIR",
                tmp.resolve("d").toString()));
        assertTrue(notOurs.code != 0);
    }

    /** A file of a content-addressed store, {@code <store>/<2 hex>/<sha256>.<ext>}. */
    static Path store(final Path data, final String store, final String ext, final byte[] content) throws Exception {
        final String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        final Path file = data.resolve(store).resolve(sha.substring(0, 2)).resolve(sha + "." + ext);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    record Result(int code, String out) {
    }

    static Result sh(final Path script, final Path archive, final Map<String, String> env) throws Exception {
        return run(List.of("/bin/sh", script.toString(), archive.toString()), env);
    }

    private static String psql(final String db, final String sql) throws Exception {
        final Result r = run(List.of("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                "-U", "postgres", "-d", db, "-c", sql), Map.of());
        assertEquals(0, r.code, r.out);
        return r.out;
    }

    static Result run(final List<String> command, final Map<String, String> env) throws IOException,
            InterruptedException {
        final ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        final Process p = pb.start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish: " + command);
        return new Result(p.exitValue(), out);
    }
}
