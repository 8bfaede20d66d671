package vn.loa.audio;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An unsatisfiable range is 416 problem JSON that still says the file's length in {@code Content-Range}. */
@QuarkusTest
class AudioRangeProblemTest {

    @Inject
    AudioStore store;

    @Test
    void get_unsatisfiableRange_is416ProblemJsonWithContentRange() {
        final byte[] content = new byte[500];
        new Random(17).nextBytes(content);
        final String sha;
        try (AudioStore.Staged staged = store.stage(content)) {
            sha = staged.sha256();
            staged.commit();
        }
        given().header("Range", "bytes=9000-9999").get("/api/audio/" + sha + ".mp3").then().statusCode(416)
                .contentType(startsWith("application/problem+json"))
                .header("Content-Range", "bytes */500")
                .body("status", equalTo(416))
                .body("type", equalTo("/problems/requested-range-not-satisfiable"));
    }
}
