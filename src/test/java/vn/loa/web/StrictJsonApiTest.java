package vn.loa.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.loa.support.Api;

/**
 * No scalar coercion, no unpaired surrogate, no duplicate key anywhere in the API: each body below is refused with
 * 400 problem JSON naming the field by its JSON path, and nothing was created or changed (the listing that would
 * show it reads the same before and after).
 */
@QuarkusTest
class StrictJsonApiTest {

    private static final String BULLETIN = "\"text\": \"Nước lên\", \"language\": \"en\", \"priority\": \"routine\"";
    private static final String TARGETS = "\"targets\": {\"receivers\": [\"rx-a\"]}";
    private static final String PLAY_AT = "\"playAt\": \"2030-01-01T08:00:00+07:00\"";
    private static final String RECEIVER = "\"village\": \"Thôn A\", \"commune\": \"Xã B\"";
    private static final String USER = "\"password\": \"a-long-password-1\", \"role\": \"staff\"";

    /** A refused body: who sends it where, the field the problem must name, and what must stay unchanged. */
    record Case(String user, String method, Supplier<String> path, String body, String field,
            Supplier<Object> unchanged) {

        Arguments named(final String name) {
            return Arguments.of(name, this);
        }
    }

    static Stream<Arguments> refused() {
        final Supplier<Object> bulletins = () -> Api.as("staff").get("/api/bulletins").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        final Supplier<Object> broadcasts = () -> Api.as("staff").get("/api/broadcasts").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        final Supplier<Object> commands = () -> Api.as("staff").get("/api/control-commands").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.issuedBy == 'staff' }").size();
        final Supplier<Object> users = () -> Api.as("admin").get("/api/users").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        final Supplier<Object> receivers = () -> Api.as("admin").get("/api/receivers").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        final Supplier<Object> areas = () -> Api.as("admin").get("/api/areas").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        final Supplier<String> someReceiver = () -> Api.as("admin").get("/api/receivers").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        final Supplier<Object> position = () -> Api.as("admin").get("/api/receivers/" + someReceiver.get())
                .then().statusCode(200).extract().asString();
        final Supplier<Object> demoArea = () -> Api.as("admin").get("/api/areas/" + Api.demoAreaId()).then()
                .statusCode(200).extract().asString();
        return Stream.of(
                // bulletins
                c("title boolean", "staff", "POST", "/api/bulletins", "{\"title\": true, " + BULLETIN + "}",
                        "title", bulletins),
                c("title overflowing number", "staff", "POST", "/api/bulletins", "{\"title\": 1e999, " + BULLETIN
                        + "}", "title", bulletins),
                c("title array", "staff", "POST", "/api/bulletins", "{\"title\": [\"x\"], " + BULLETIN + "}",
                        "title", bulletins),
                c("title lone high surrogate", "staff", "POST", "/api/bulletins", "{\"title\": \"Lũ \\ud800\", "
                        + BULLETIN + "}", "title", bulletins),
                c("text lone low surrogate", "staff", "POST", "/api/bulletins",
                        "{\"title\": \"t\", \"text\": \"a\\udc00b\", \"language\": \"en\", \"priority\": \"routine\"}",
                        "text", bulletins),
                c("title twice", "staff", "POST", "/api/bulletins", "{\"title\": \"a\", \"title\": \"b\", " + BULLETIN
                        + "}", "title", bulletins),
                c("rateWpm as 150.0", "staff", "POST", "/api/bulletins", "{\"title\": \"t\", " + BULLETIN
                        + ", \"rateWpm\": 150.0}", "rateWpm", bulletins),
                c("rateWpm as string", "staff", "POST", "/api/bulletins", "{\"title\": \"t\", " + BULLETIN
                        + ", \"rateWpm\": \"150\"}", "rateWpm", bulletins),
                c("areaId as string", "staff", "POST", "/api/bulletins", "{\"title\": \"t\", " + BULLETIN
                        + ", \"areaId\": \"1\"}", "areaId", bulletins),
                c("priority as number", "staff", "POST", "/api/bulletins",
                        "{\"title\": \"t\", \"text\": \"x\", \"language\": \"en\", \"priority\": 1}", "priority",
                        bulletins),
                // broadcasts
                c("bulletinId as string", "staff", "POST", "/api/broadcasts", "{\"bulletinId\": \"1\", " + TARGETS
                        + ", " + PLAY_AT + "}", "bulletinId", broadcasts),
                c("bulletinId as 1.0", "staff", "POST", "/api/broadcasts", "{\"bulletinId\": 1.0, " + TARGETS + ", "
                        + PLAY_AT + "}", "bulletinId", broadcasts),
                c("playAt as epoch number", "staff", "POST", "/api/broadcasts", "{\"bulletinId\": 1, " + TARGETS
                        + ", \"playAt\": 1893456000}", "playAt", broadcasts),
                c("receiver as number", "staff", "POST", "/api/broadcasts", "{\"bulletinId\": 1, \"targets\": "
                        + "{\"receivers\": [5]}, " + PLAY_AT + "}", "targets.receivers[0]", broadcasts),
                c("area as string", "staff", "POST", "/api/broadcasts", "{\"bulletinId\": 1, \"targets\": "
                        + "{\"areas\": [\"1\"]}, " + PLAY_AT + "}", "targets.areas[0]", broadcasts),
                c("cancel reason boolean", "staff", "POST", "/api/broadcasts/1/cancel", "{\"reason\": true}",
                        "reason", broadcasts),
                // the kill switch and reconcile
                c("stop all -1", "staff", "POST", "/api/stop", "{\"all\": -1}", "all", commands),
                c("stop all 1", "staff", "POST", "/api/stop", "{\"all\": 1}", "all", commands),
                c("stop all \"true\"", "staff", "POST", "/api/stop", "{\"all\": \"true\"}", "all", commands),
                c("stop all null", "staff", "POST", "/api/stop", "{\"all\": null}", "all", commands),
                c("stop all twice", "staff", "POST", "/api/stop", "{\"all\": false, \"all\": true}", "all",
                        commands),
                c("stop receiver as number", "staff", "POST", "/api/stop", "{\"receivers\": [1]}", "receivers[0]",
                        commands),
                c("stop receivers as string", "staff", "POST", "/api/stop", "{\"receivers\": \"rx-a\"}",
                        "receivers", commands),
                c("reconcile all 1", "staff", "POST", "/api/reconcile", "{\"all\": 1}", "all", commands),
                // users
                c("username number", "admin", "POST", "/api/users", "{\"username\": 1.5, " + USER + "}", "username",
                        users),
                c("password number", "admin", "POST", "/api/users", "{\"username\": \"strict-a\", \"password\": "
                        + "123456789012345, \"role\": \"staff\"}", "password", users),
                c("user areaId string", "admin", "POST", "/api/users", "{\"username\": \"strict-b\", " + USER
                        + ", \"areaId\": \"1\"}", "areaId", users),
                c("username lone surrogate", "admin", "POST", "/api/users", "{\"username\": \"a\\udbffz\", " + USER
                        + "}", "username", users),
                // receivers and positions
                c("receiver name boolean", "admin", "POST", "/api/receivers", "{\"name\": true, " + RECEIVER + "}",
                        "name", receivers),
                c("receiver latitude string", "admin", "POST", "/api/receivers", "{\"name\": \"Loa 1\", " + RECEIVER
                        + ", \"latitude\": \"21.5\", \"longitude\": 105.1}", "latitude", receivers),
                c("receiver latitude overflow", "admin", "POST", "/api/receivers", "{\"name\": \"Loa 1\", "
                        + RECEIVER + ", \"latitude\": 1e999, \"longitude\": 105.1}", "latitude", receivers),
                c("receiver areaId 1.5", "admin", "POST", "/api/receivers", "{\"name\": \"Loa 1\", \"areaId\": 1.5}",
                        "areaId", receivers),
                new Case("admin", "PUT", () -> "/api/receivers/" + someReceiver.get() + "/position",
                        "{\"latitude\": \"21.5\", \"longitude\": 105.1}", "latitude", position).named("position string"),
                new Case("admin", "PUT", () -> "/api/receivers/" + someReceiver.get() + "/position",
                        "{\"latitude\": 21.5, \"longitude\": true}", "longitude", position).named("position boolean"),
                new Case("admin", "PUT", () -> "/api/receivers/" + someReceiver.get() + "/position",
                        "{\"latitude\": -1e999, \"longitude\": 105}", "latitude", position).named("position overflow"),
                // areas
                c("area name number", "admin", "POST", "/api/areas", "{\"name\": 7, \"level\": \"commune\", "
                        + "\"parentId\": 1}", "name", areas),
                c("area parentId 1.0", "admin", "POST", "/api/areas", "{\"name\": \"Xã C\", \"level\": \"commune\", "
                        + "\"parentId\": 1.0}", "parentId", areas),
                c("area level number", "admin", "POST", "/api/areas", "{\"name\": \"Xã C\", \"level\": 2, "
                        + "\"parentId\": 1}", "level", areas),
                new Case("admin", "PUT", () -> "/api/areas/" + Api.demoAreaId(), "{\"name\": false}", "name",
                        demoArea).named("area rename boolean"));
    }

    private static Arguments c(final String name, final String user, final String method, final String path,
            final String body, final String field, final Supplier<Object> unchanged) {
        return new Case(user, method, () -> path, body, field, unchanged).named(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void malformedBody_is400NamingTheField_andChangesNothing(final String name, final Case c) {
        final Object before = c.unchanged().get();
        final RequestSpecification request = Api.as(c.user()).body(c.body());
        request.request(c.method(), c.path().get()).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("type", equalTo("/problems/malformed-json"))
                .body("errors[0].field", equalTo(c.field()));
        assertEquals(before, c.unchanged().get(), name + " changed something");
    }

    @Test
    void integerWhereDecimalIsExpected_isStillANumber() {
        final String rx = Api.as("admin").get("/api/receivers").then().extract().jsonPath().getString("[0].id");
        Api.as("admin").body(Map.of("latitude", 22, "longitude", 105)).put("/api/receivers/" + rx + "/position")
                .then().statusCode(200);
    }

    @Test
    void pairedSurrogates_emojiInTitle_isAccepted() {
        Api.as("staff").body("{\"title\": \"Lũ \\ud83c\\udf0a về\", " + BULLETIN + "}").post("/api/bulletins")
                .then().statusCode(201).body("title", equalTo("Lũ 🌊 về"));
    }
}
