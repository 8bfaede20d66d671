package vn.loa.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** PROTOCOL.md 9.1: a path {@code audio.url} is appended to the configured controller base URL, never resolved. */
class AudioRefTest {

    private static final String SHA = "9f2c6c1d0e6a3b7f4e5d8c9b0a1f2e3d4c5b6a7980f1e2d3c4b5a69788f9e0d1";

    private static URI url(final String url, final String base) {
        return new AudioRef(url, SHA, 1, 0).resolve(URI.create(base));
    }

    @Test
    void resolve_pathAndBareBase_appended() {
        assertEquals(URI.create("http://ctrl:8080/api/audio/" + SHA + ".mp3"),
                url("/api/audio/" + SHA + ".mp3", "http://ctrl:8080"));
    }

    @Test
    void resolve_pathAndBaseWithAPathPrefix_prefixKept() {
        // RFC 3986 resolution would drop "/loa"; appending keeps a controller behind a reverse proxy reachable
        assertEquals(URI.create("https://gw.example/loa/api/audio/x.mp3"),
                url("/api/audio/x.mp3", "https://gw.example/loa"));
    }

    @Test
    void resolve_baseWithTrailingSlash_noDoubleSlash() {
        assertEquals(URI.create("https://gw.example/loa/api/audio/x.mp3"),
                url("/api/audio/x.mp3", "https://gw.example/loa/"));
    }

    @Test
    void resolve_absoluteUrl_usedAsIs() {
        assertEquals(URI.create("https://cdn.example/a.mp3"), url("https://cdn.example/a.mp3", "http://ctrl:8080/loa"));
    }
}
