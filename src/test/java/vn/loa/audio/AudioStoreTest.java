package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioStoreTest {

    @TempDir
    Path dataDir;

    private static byte[] bytes(final String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private List<Path> allFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void sha256_knownInput_returnsLowercaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                AudioStore.sha256(new byte[0]));
    }

    @Test
    void commit_newContent_storedUnderShardedShaName() throws Exception {
        final AudioStore store = new AudioStore(dataDir);
        final Path stored;
        final String sha;
        try (AudioStore.Staged staged = store.stage(bytes("loa"))) {
            sha = staged.sha256();
            stored = staged.commit();
        }
        assertEquals(dataDir.resolve("audio").resolve(sha.substring(0, 2)).resolve(sha + ".mp3").toAbsolutePath(),
                stored);
        assertArrayEquals(bytes("loa"), Files.readAllBytes(stored));
        assertEquals(stored, store.find(sha).orElseThrow());
        assertEquals(List.of(stored), allFiles(), "no temporary file left behind");
    }

    @Test
    void commit_sameContentTwice_storedOnce() throws Exception {
        final AudioStore store = new AudioStore(dataDir);
        for (int i = 0; i < 2; i++) {
            try (AudioStore.Staged staged = store.stage(bytes("same"))) {
                staged.commit();
            }
        }
        assertEquals(1, allFiles().size());
    }

    @Test
    void close_withoutCommit_leavesNothing() throws Exception {
        final AudioStore store = new AudioStore(dataDir);
        final String sha;
        try (AudioStore.Staged staged = store.stage(bytes("rejected"))) {
            sha = staged.sha256();
            assertTrue(Files.exists(staged.path()), "staged file is on disk before commit");
            assertTrue(store.find(sha).isEmpty(), "but not visible under its final name");
        }
        assertTrue(allFiles().isEmpty());
        assertTrue(store.find(sha).isEmpty());
    }

    @Test
    void find_malformedIds_findNothing() throws Exception {
        final AudioStore store = new AudioStore(dataDir);
        Files.createDirectories(dataDir.resolve("audio"));
        Files.writeString(dataDir.resolve("secret.mp3"), "x");
        assertFalse(store.find(null).isPresent());
        assertFalse(store.find("../secret").isPresent());
        assertFalse(store.find("../../" + "a".repeat(58)).isPresent());
        assertFalse(store.find("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855").isPresent());
        assertFalse(store.find("a".repeat(63)).isPresent());
    }
}
