package vn.loa.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Room: operations. The OpenAPI document of {@code /api}: served without a login, /api paths only, each operation
 * tagged with its feature, basic and bearer declared. Swagger UI answers here (test, like dev); the packaged jar's
 * prod profile keeps it off ({@code OperationsIT}).
 */
@QuarkusTest
class OpenApiTest {

    private static JsonPath document() {
        return given().get("/q/openapi?format=json").then().statusCode(200)
                .contentType(containsString("json")).extract().jsonPath();
    }

    @Test
    void openapi_anonymous_describesTheKeyApiPaths() {
        final Map<String, Object> paths = document().getMap("paths");
        assertTrue(paths.keySet().containsAll(List.of("/api/bulletins", "/api/bulletins/{id}/approve",
                "/api/broadcasts", "/api/receivers", "/api/logs", "/api/stop", "/api/tokens", "/api/audit")),
                paths.keySet().toString());
        paths.keySet().forEach(p -> assertTrue(p.startsWith("/api/"), "only the API, not " + p));
    }

    @Test
    void openapi_everyOperation_taggedWithAKnownFeature() {
        final JsonPath doc = document();
        final List<String> tags = doc.getList("tags.name");
        assertTrue(tags.containsAll(List.of("bulletin", "broadcast", "receiver", "report", "token")), tags.toString());
        assertTrue(!tags.contains("other"), "a path outside ApiDocument.FEATURES: " + tags);
        final Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, op) -> assertEquals(1,
                ((List<?>) op.get("tags")).size(), method + " " + path)));
    }

    @Test
    void openapi_security_basicAndBearerLoaTokens_audioDownloadOpen() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.basic.scheme", equalTo("basic"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", startsWith("loa_"))
                .body("security", hasItems(Map.of("basic", List.of()), Map.of("bearer", List.of())))
                .body("paths.'/api/audio/{file}'.get.security", equalTo(List.of()))
                .body("paths", not(hasKey("/ui/bulletins")))
                .body("paths.keySet()", everyItem(startsWith("/api/")));
    }

    @Test
    void swaggerUi_inTheTestProfile_servedWithAPolicyAdmittingItsInlineScripts() {
        given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
        // everywhere else the strict policy stays
        given().get("/ui/login").then().header("Content-Security-Policy", containsString("script-src 'self';"));
    }
}
