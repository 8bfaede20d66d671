package vn.loa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirInterceptorTest {

    private static final String H2_URL = "jdbc:h2:file:${loa.data-dir.absolute}/loa;DB_CLOSE_ON_EXIT=FALSE";

    @Test
    void absolute_relativeDir_resolvesAgainstTheWorkingDirectory() {
        assertEquals(Path.of("").toAbsolutePath().resolve("data").toString(), DataDirInterceptor.absolute("data"));
        assertEquals(Path.of("").toAbsolutePath().resolve("var/loa").toString(), DataDirInterceptor.absolute("./var/../var/loa"));
    }

    @Test
    void absolute_absoluteDir_staysAsItIs() {
        assertEquals("/var/lib/loa", DataDirInterceptor.absolute("/var/lib/loa/"));
    }

    @Test
    void absolute_blank_throws() {
        assertThrows(IllegalArgumentException.class, () -> DataDirInterceptor.absolute(" "));
    }

    @Test
    void h2Url_absoluteDataDir_isNotMadeRelative() {
        assertEquals("jdbc:h2:file:/srv/loa-data/loa;DB_CLOSE_ON_EXIT=FALSE", url(Map.of("loa.data-dir", "/srv/loa-data")));
    }

    @Test
    void h2Url_relativeDataDir_becomesAbsolute() {
        assertEquals("jdbc:h2:file:" + Path.of("").toAbsolutePath().resolve("data") + "/loa;DB_CLOSE_ON_EXIT=FALSE",
                url(Map.of("loa.data-dir", "data")));
    }

    @Test
    void h2Url_profileValue_wins() {
        final SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withInterceptors(new DataDirInterceptor())
                .withProfile("test").withSources(new MapBackedConfigSource("test", Map.of("loa.data-dir", "data",
                        "%test.loa.data-dir", "/tmp/loa-test", "url", H2_URL), 100) {
                }).build();
        assertEquals("jdbc:h2:file:/tmp/loa-test/loa;DB_CLOSE_ON_EXIT=FALSE", config.getValue("url", String.class));
    }

    private static String url(final Map<String, String> values) {
        final Map<String, String> all = new java.util.HashMap<>(values);
        all.put("url", H2_URL);
        final SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withInterceptors(new DataDirInterceptor())
                .withSources(new MapBackedConfigSource("test", all, 100) {
                }).build();
        return config.getValue("url", String.class);
    }
}
