package vn.loa.audio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AudioResourceTest {

    /** 1000 arbitrary bytes: the endpoint serves stored files as they are, MP3 or not. */
    private static final byte[] CONTENT = new byte[1000];

    static {
        new Random(7).nextBytes(CONTENT);
    }

    @Inject
    AudioStore store;

    private String sha;

    @BeforeEach
    void storeContent() {
        try (AudioStore.Staged staged = store.stage(CONTENT)) {
            sha = staged.sha256();
            staged.commit();
        }
    }

    private String url() {
        return "/api/audio/" + sha + ".mp3";
    }

    @Test
    void get_storedFile_returnsWholeFileWithEtagAndNoLogin() {
        final byte[] body = given().when().get(url()).then()
                .statusCode(200)
                .contentType("audio/mpeg")
                .header("ETag", '"' + sha + '"')
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", "1000")
                .header("Cache-Control", startsWith("public, max-age="))
                .extract().asByteArray();
        assertArrayEquals(CONTENT, body);
    }

    @Test
    void get_matchingIfNoneMatch_returns304() {
        given().header("If-None-Match", '"' + sha + '"').when().get(url()).then()
                .statusCode(304)
                .header("ETag", '"' + sha + '"');
    }

    @Test
    void get_otherIfNoneMatch_returns200() {
        given().header("If-None-Match", "\"" + "0".repeat(64) + "\"").when().get(url()).then().statusCode(200);
    }

    @Test
    void get_firstToLastRange_returns206WithThoseBytes() {
        assertRange("bytes=10-19", "bytes 10-19/1000", 10, 20);
    }

    @Test
    void get_openEndedRange_returns206ToEnd() {
        assertRange("bytes=990-", "bytes 990-999/1000", 990, 1000);
    }

    @Test
    void get_suffixRange_returns206LastBytes() {
        assertRange("bytes=-5", "bytes 995-999/1000", 995, 1000);
    }

    private void assertRange(final String range, final String contentRange, final int from, final int to) {
        final byte[] body = given().header("Range", range).when().get(url()).then()
                .statusCode(206)
                .contentType("audio/mpeg")
                .header("Content-Range", contentRange)
                .header("Content-Length", Integer.toString(to - from))
                .header("ETag", '"' + sha + '"')
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(CONTENT, from, to), body);
    }

    @Test
    void get_rangeBeyondEnd_returns416WithLength() {
        given().header("Range", "bytes=1000-").when().get(url()).then()
                .statusCode(416)
                .header("Content-Range", "bytes */1000");
    }

    @Test
    void get_multipleRanges_returns200WholeFile() {
        given().header("Range", "bytes=0-1,5-6").when().get(url()).then()
                .statusCode(200)
                .header("Content-Length", "1000");
    }

    @Test
    void get_unknownSha_returns404Problem() {
        given().when().get("/api/audio/" + "ab".repeat(32) + ".mp3").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void get_malformedIds_return404Problem() {
        for (final String id : new String[] {"..%2F..%2F..%2Fetc%2Fpasswd", "..%2Faudio%2F" + sha + ".mp3",
                sha.toUpperCase() + ".mp3", sha, sha + ".wav", "zz" + sha.substring(2) + ".mp3"}) {
            given().urlEncodingEnabled(false).when().get("/api/audio/" + id).then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void head_storedFile_returnsHeadersWithoutBody() {
        given().when().head(url()).then()
                .statusCode(200)
                .contentType("audio/mpeg")
                .header("ETag", '"' + sha + '"')
                .header("Content-Length", "1000")
                .body(equalTo(""));
    }

    @Test
    void head_range_returns206Headers() {
        given().header("Range", "bytes=0-99").when().head(url()).then()
                .statusCode(206)
                .header("Content-Range", "bytes 0-99/1000")
                .header("Content-Length", "100");
    }

    @Test
    void head_unknownSha_returns404() {
        given().when().head("/api/audio/" + "cd".repeat(32) + ".mp3").then().statusCode(404);
    }
}
