package vn.loa.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/**
 * A bounded sweep of malformed requests over the API's endpoints: every answer of 400 or more must be problem JSON
 * with its status and a type, whoever refused it (security, the HTTP layer, JAX-RS, a resource). (Not swept:
 * a request target that is not a valid URI, such as {@code ?q=%ZZ}, which Quarkus refuses with a bare 400 before
 * any route runs, and RestAssured cannot send anyway.)
 */
@QuarkusTest
class ApiErrorSweepTest {

    private static final Logger LOG = Logger.getLogger(ApiErrorSweepTest.class);

    private static final String[][] ENDPOINTS = {
        {"GET", "/api/bulletins"}, {"POST", "/api/bulletins"}, {"PUT", "/api/bulletins/1"},
        {"POST", "/api/bulletins/1/submit"}, {"POST", "/api/bulletins/1/reject"}, {"PUT", "/api/bulletins/1/recording"},
        {"POST", "/api/broadcasts"}, {"GET", "/api/broadcasts/1"}, {"POST", "/api/broadcasts/1/cancel"},
        {"POST", "/api/stop"}, {"POST", "/api/reconcile"}, {"GET", "/api/control-commands"},
        {"POST", "/api/users"}, {"GET", "/api/users"}, {"POST", "/api/receivers"},
        {"PUT", "/api/receivers/rx-x/position"}, {"POST", "/api/areas"}, {"PUT", "/api/areas/1"},
        {"GET", "/api/audio/" + "a".repeat(64) + ".mp3"}, {"GET", "/api/logs"}, {"GET", "/api/audit"},
        {"GET", "/api/no-such-thing"}, {"GET", "/api/keys/controller"},
        {"POST", "/api/emergencies"}, {"GET", "/api/emergencies/1"}, {"POST", "/api/emergencies/1/correction"},
        {"POST", "/api/broadcasts/1/correction"},
        {"POST", "/api/templates"}, {"PUT", "/api/templates/1"}, {"POST", "/api/templates/1/send"},
    };

    private record Mutation(String name, String method, UnaryOperator<RequestSpecification> request, String suffix) {
    }

    private static List<Mutation> mutations(final String method) {
        final RequestSpecification admin = Api.as("admin");
        return List.of(
                new Mutation("no credentials", method, r -> given().contentType("application/json").body("{}"), ""),
                new Mutation("wrong password", method, r -> given().auth().preemptive().basic("admin", "nope-nope-nope")
                        .contentType("application/json").body("{}"), ""),
                new Mutation("malformed authorization", method, r -> given().header("Authorization", "Basic =")
                        .contentType("application/json").body("{}"), ""),
                new Mutation("unknown scheme", method, r -> given().header("Authorization", "Bearer x.y.z")
                        .contentType("application/json").body("{}"), ""),
                new Mutation("other method", "DELETE", r -> Api.as("admin"), ""),
                new Mutation("PATCH", "PATCH", r -> Api.as("admin").body("{}"), ""),
                new Mutation("truncated JSON", method, r -> Api.as("admin").body("{\"title\": "), ""),
                new Mutation("duplicate key", method, r -> Api.as("admin").body("{\"all\": false, \"all\": true}"), ""),
                new Mutation("scalar body", method, r -> Api.as("admin").body("true"), ""),
                new Mutation("XML body", method, r -> Api.as("admin").contentType("application/xml").body("<a/>"), ""),
                new Mutation("unacceptable", method, r -> Api.as("admin").accept("image/png").body("{}"), ""),
                new Mutation("bad query values", method, r -> Api.as("admin").body("{}"), "?limit=-5&state=nope"),
                new Mutation("long query", method, r -> Api.as("admin").body("{}"), "?q=" + "x".repeat(5000)),
                new Mutation("bad range", method, r -> Api.as("admin").header("Range", "bytes=zz-").body("{}"), ""),
                new Mutation("huge header", method, r -> Api.as("admin").header("X-Big", "b".repeat(25_000)), ""));
    }

    @Test
    void everyErrorUnderApi_isProblemJson() {
        final List<String> bare = new ArrayList<>();
        int requests = 0;
        int errors = 0;
        for (String[] endpoint : ENDPOINTS) {
            for (Mutation m : mutations(endpoint[0])) {
                final Response r = m.request().apply(null).request(m.method(), endpoint[1] + m.suffix());
                requests++;
                if (r.statusCode() < 400) {
                    continue;
                }
                errors++;
                final String type = r.contentType();
                final boolean problem = type != null && type.startsWith("application/problem+json")
                        && r.jsonPath().getInt("status") == r.statusCode()
                        && r.jsonPath().getString("type").startsWith("/problems/");
                if (!problem) {
                    bare.add(m.name() + " " + m.method() + " " + endpoint[1] + " -> " + r.statusCode() + " '" + type
                            + "'");
                }
            }
        }
        LOG.infof("API error sweep: %d requests, %d errors, %d without problem JSON", requests, errors, bare.size());
        assertTrue(errors > requests / 2, "the sweep should mostly provoke errors: " + errors + "/" + requests);
        assertTrue(bare.isEmpty(), bare.size() + " errors without problem JSON:\n" + String.join("\n", bare));
    }
}
