package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenPathsTest {

    private static final OpenPaths PATHS = OpenPaths.of(Map.of(
            "quarkus.http.auth.permission.audio-download.paths", "/api/audio/*",
            "quarkus.http.auth.permission.audio-download.policy", "permit",
            "quarkus.http.auth.permission.audio-download.methods", "GET, HEAD",
            "quarkus.http.auth.permission.api.paths", "/api/*",
            "quarkus.http.auth.permission.api.policy", "authenticated",
            "quarkus.http.auth.permission.health.paths", "/api/health",
            "quarkus.http.auth.permission.health.policy", "permit"));

    @Test
    void isOpen_permitPathWithItsMethod_true() {
        assertTrue(PATHS.isOpen("GET", "/api/audio/abc.mp3"));
        assertTrue(PATHS.isOpen("head", "/api/audio/abc.mp3"));
    }

    @Test
    void isOpen_permitPathWithOtherMethod_false() {
        assertFalse(PATHS.isOpen("POST", "/api/audio/abc.mp3"));
    }

    @Test
    void isOpen_authenticatedPath_false() {
        assertFalse(PATHS.isOpen("GET", "/api/bulletins"));
    }

    @Test
    void isOpen_prefixThatIsNotASegment_false() {
        assertFalse(PATHS.isOpen("GET", "/api/audiox/abc.mp3"));
    }

    @Test
    void isOpen_exactPathWithoutMethods_anyMethod() {
        assertTrue(PATHS.isOpen("DELETE", "/api/health"));
        assertFalse(PATHS.isOpen("GET", "/api/health/x"));
    }
}
