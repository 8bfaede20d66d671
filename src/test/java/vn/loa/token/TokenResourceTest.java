package vn.loa.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/** {@code /api/tokens} and {@code Authorization: Bearer}: make, use, list, revoke, expire, and every refusal. */
@QuarkusTest
class TokenResourceTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Inject
    EntityManager em;

    private static String fresh(final String stem) {
        return stem + "-" + COUNTER.incrementAndGet();
    }

    /** Makes a token as {@code user} (HTTP basic) and returns the response body. */
    private static Map<String, Object> make(final String user, final Map<String, Object> body) {
        return as(user).body(body).post("/api/tokens").then().statusCode(201).contentType(ContentType.JSON)
                .body("secret", startsWith("loa_"), "token.name", equalTo(body.get("name")))
                .extract().jsonPath().getMap("");
    }

    private static String secretOf(final Map<String, Object> made) {
        return (String) made.get("secret");
    }

    @SuppressWarnings("unchecked")
    private static long idOf(final Map<String, Object> made) {
        return ((Number) ((Map<String, Object>) made.get("token")).get("id")).longValue();
    }

    private static RequestSpecification bearer(final String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static int tokenCount(final String user) {
        return as(user).get("/api/tokens").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static long broadcast() {
        final long bulletin = Api.approvedBulletin("Token test", "Meeting at the commune hall at eight.");
        return as("staff").body(Map.of("bulletinId", bulletin, "playAt",
                OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).toString(),
                "targets", Map.of("receivers", List.of("rx-then-van-01")))).post("/api/broadcasts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void create_thenBearer_readsBroadcastsLikeItsUser() {
        final long id = broadcast();
        final String secret = secretOf(make("official", Map.of("name", fresh("reader"), "days", 30)));
        assertTrue(secret.matches("loa_[A-Za-z0-9_-]{43}"), secret);
        bearer(secret).get("/api/broadcasts/" + id).then().statusCode(200).body("id", equalTo((int) id));
        bearer(secret).get("/api/me").then().statusCode(200).body("username", equalTo("official"));
        // HTTP basic still works beside it
        as("official").get("/api/broadcasts/" + id).then().statusCode(200);
    }

    @Test
    void bearer_writeWithinRole_isDoneAndAuditedAsTheToken() {
        final String name = fresh("writer");
        final String secret = secretOf(make("staff", Map.of("name", name, "days", 1)));
        final long bulletin = bearer(secret).body(Map.of("title", "Từ kịch bản", "text", "Meeting at nine.",
                "language", "en", "priority", "routine")).post("/api/bulletins").then().statusCode(201)
                .body("author", equalTo("staff")).extract().jsonPath().getLong("id");
        as("admin").queryParam("subject", "bulletin:" + bulletin).queryParam("action", "bulletin.created")
                .get("/api/audit").then().statusCode(200).body("entries.actor", everyItem(equalTo("staff/token:" + name)),
                        "total", equalTo(1));
        // the official of the staff's area sees what the staff's token did
        as("official").queryParam("subject", "bulletin:" + bulletin).get("/api/audit").then().statusCode(200)
                .body("entries.actor", hasItem("staff/token:" + name));
        // the staff role does not approve, token or not
        bearer(secret).post("/api/bulletins/" + bulletin + "/submit").then().statusCode(200);
        bearer(secret).post("/api/bulletins/" + bulletin + "/approve").then().statusCode(403);
    }

    @Test
    void bearer_approverToken_keepsTheFourEyesRule() {
        final String staffToken = secretOf(make("staff", Map.of("name", fresh("w"), "days", 1)));
        final String approverToken = secretOf(make("approver", Map.of("name", fresh("a"), "days", 1)));
        final long own = bearer(staffToken).body(Map.of("title", "t", "text", "Meeting at nine.", "language", "en",
                "priority", "routine")).post("/api/bulletins").then().statusCode(201).extract().jsonPath().getLong("id");
        bearer(staffToken).post("/api/bulletins/" + own + "/submit").then().statusCode(200);
        bearer(approverToken).post("/api/bulletins/" + own + "/approve").then().statusCode(200);
    }

    @Test
    void revoke_refusesTheTokenAtOnce_andIsAudited() {
        final Map<String, Object> made = make("staff", Map.of("name", fresh("gone"), "days", 5));
        final String secret = secretOf(made);
        final long id = idOf(made);
        bearer(secret).get("/api/broadcasts").then().statusCode(200);
        as("staff").delete("/api/tokens/" + id).then().statusCode(200).body("active", equalTo(false),
                "revokedBy", equalTo("staff"), "revokedAt", notNullValue());
        bearer(secret).get("/api/broadcasts").then().statusCode(401);
        // revoking again changes nothing
        as("staff").delete("/api/tokens/" + id).then().statusCode(200);
        as("admin").queryParam("subject", "api_token:" + id).get("/api/audit").then().statusCode(200)
                .body("entries.action", equalTo(List.of("token.revoked", "token.created")));
    }

    @Test
    void revoke_someoneElsesToken_isNotFound_butAnAdminMay() {
        final Map<String, Object> made = make("staff", Map.of("name", fresh("theirs"), "days", 5));
        as("approver").delete("/api/tokens/" + idOf(made)).then().statusCode(404)
                .contentType("application/problem+json");
        bearer(secretOf(made)).get("/api/broadcasts").then().statusCode(200);
        as("admin").delete("/api/tokens/" + idOf(made)).then().statusCode(200).body("revokedBy", equalTo("admin"));
        bearer(secretOf(made)).get("/api/broadcasts").then().statusCode(401);
    }

    @Test
    void expired_isRefused() {
        final Map<String, Object> made = make("staff", Map.of("name", fresh("old"), "days", 1));
        bearer(secretOf(made)).get("/api/broadcasts").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update ApiToken t set t.expiresAt = :past "
                + "where t.id = :id").setParameter("past", Instant.now().minusSeconds(1))
                .setParameter("id", idOf(made)).executeUpdate());
        bearer(secretOf(made)).get("/api/broadcasts").then().statusCode(401);
    }

    @Test
    void userMovedOrRemoved_voidsTheirTokens() {
        final String user = fresh("nguoi");
        as("admin").body(Map.of("username", user, "password", Api.DEMO_PASSWORD, "role", "staff",
                "areaId", Api.demoAreaId())).post("/api/users").then().statusCode(201);
        final String secret = secretOf(make(user, Map.of("name", "a", "days", 1)));
        bearer(secret).get("/api/me").then().statusCode(200);
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().extract().jsonPath()
                .getLong("parentId");
        // moved to another area (no API does this yet; a future one must not leave the token working there)
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update UserAccount u set u.areaId = :a "
                + "where u.username = :n").setParameter("a", province).setParameter("n", user).executeUpdate());
        bearer(secret).get("/api/me").then().statusCode(401);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update UserAccount u set u.areaId = :a, "
                + "u.role = 'approver' where u.username = :n").setParameter("a", Api.demoAreaId())
                .setParameter("n", user).executeUpdate());
        bearer(secret).get("/api/me").then().statusCode(401);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update UserAccount u set u.role = 'staff' "
                + "where u.username = :n").setParameter("n", user).executeUpdate());
        bearer(secret).get("/api/me").then().statusCode(200);
        // removed: the database deletes the user's tokens with them
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from app_user where username = ?1")
                .setParameter(1, user).executeUpdate());
        bearer(secret).get("/api/me").then().statusCode(401);
    }

    @Test
    void list_showsOwnTokensWithoutSecrets_adminSeesAll() {
        final Map<String, Object> made = make("approver", Map.of("name", fresh("listed"), "days", 3));
        final String secret = secretOf(made);
        final String body = as("approver").get("/api/tokens").then().statusCode(200)
                .body("user", everyItem(equalTo("approver")), "id", hasItem((int) idOf(made)),
                        "prefix", hasItem(secret.substring(0, 10)))
                .extract().asString();
        assertFalse(body.contains(secret), "a list never shows a token");
        assertFalse(body.contains(secret.substring(10)), "nor its hidden part");
        as("staff").get("/api/tokens").then().statusCode(200).body("id", not(hasItem((int) idOf(made))));
        as("admin").get("/api/tokens").then().statusCode(200).body("id", hasItem((int) idOf(made)));
        // a token may list its user's tokens, but not make new ones
        bearer(secret).get("/api/tokens").then().statusCode(200).body("id", hasItem((int) idOf(made)));
        bearer(secret).body(Map.of("name", fresh("child"), "days", 300)).post("/api/tokens").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/token-cannot-make-tokens"));
    }

    @Test
    void create_roleOtherThanTheCreators_isRefused() {
        final int before = tokenCount("staff");
        for (String role : List.of("admin", "approver", "official")) {
            as("staff").body(Map.of("name", fresh("up"), "role", role, "days", 1)).post("/api/tokens").then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/token-role-not-allowed"));
        }
        as("staff").body(Map.of("name", fresh("same"), "role", "staff", "days", 1)).post("/api/tokens").then()
                .statusCode(201).body("token.role", equalTo("staff"));
        assertEquals(before + 1, tokenCount("staff"));
    }

    @Test
    void create_badInput_isRefusedWithProblemJson_andMakesNothing() {
        final int before = tokenCount("staff");
        final String farAway = Instant.now().plus(400, ChronoUnit.DAYS).toString();
        final String past = Instant.now().minusSeconds(60).toString();
        final Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("token-name-required", Map.of("days", 1));
        cases.put("token-name-invalid", Map.of("name", "x".repeat(41), "days", 1));
        cases.put("token-name-invalid ", Map.of("name", "có dấu", "days", 1));
        cases.put("expiry-required", Map.of("name", "n"));
        cases.put("expiry-required ", Map.of("name", "n", "days", 1, "expiresAt", farAway));
        cases.put("expiry-out-of-range", Map.of("name", "n", "expiresAt", past));
        cases.put("expiry-out-of-range ", Map.of("name", "n", "expiresAt", farAway));
        cases.put("expiry-out-of-range  ", Map.of("name", "n", "days", 367));
        cases.put("expiry-out-of-range   ", Map.of("name", "n", "days", 0));
        cases.put("unknown-role", Map.of("name", "n", "days", 1, "role", "king"));
        cases.put("malformed-json", Map.of("name", "n", "expiresAt", "tomorrow"));
        cases.put("token-area-not-allowed", Map.of("name", "n", "days", 1, "areaId", 999_999));
        cases.put("service-account-admin-only", Map.of("name", "n", "days", 1, "serviceAccount", "sync-bot"));
        cases.forEach((code, body) -> as("staff").body(body).post("/api/tokens").then()
                .statusCode(code.startsWith("service") ? 403 : 400).contentType("application/problem+json")
                .body("type", equalTo("/problems/" + code.strip())));
        as("staff").body("not json").post("/api/tokens").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, tokenCount("staff"));
    }

    @Test
    void create_sameNameTwice_isAConflict() {
        final String name = fresh("twice");
        make("staff", Map.of("name", name, "days", 1));
        as("staff").body(Map.of("name", name, "days", 1)).post("/api/tokens").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/token-name-taken"));
    }

    @Test
    void bearer_malformedOrUnknown_is401() {
        for (String header : List.of("Bearer ", "Bearer abc", "Bearer loa_short", "Bearer loa_" + "A".repeat(43),
                "Bearer  loa_" + "!".repeat(43), "bearer loa_" + "B".repeat(43))) {
            given().header("Authorization", header).get("/api/broadcasts").then().statusCode(401);
        }
        given().get("/api/broadcasts").then().statusCode(401);
    }

    @Test
    void bearer_isNeverAcceptedOnPages() {
        final String secret = secretOf(make("staff", Map.of("name", fresh("ui"), "days", 1)));
        final int status = bearer(secret).redirects().follow(false).get("/ui/bulletins").then().extract().statusCode();
        assertTrue(status == 302 || status == 401, "a page with a token answers " + status);
    }

    @Test
    void serviceAccount_madeByAdmin_actsInItsOwnArea() {
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().statusCode(200).extract()
                .jsonPath().getLong("parentId");
        final long commune = as("admin").body(Map.of("parentId", province, "level", "commune",
                "name", "Xã Mã " + COUNTER.incrementAndGet())).post("/api/areas").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        final String account = fresh("province-sync");
        final Map<String, Object> body = new HashMap<>(Map.of("name", "nightly", "days", 90, "role", "official",
                "serviceAccount", account, "areaId", commune));
        final Map<String, Object> made = make("admin", body);
        bearer(secretOf(made)).get("/api/me").then().statusCode(200).body("username", equalTo(account),
                "role", equalTo("official"), "areaId", equalTo((int) commune), "serviceAccount", equalTo(true));
        bearer(secretOf(made)).get("/api/areas/" + commune).then().statusCode(200);
        bearer(secretOf(made)).get("/api/areas/" + Api.demoAreaId()).then().statusCode(404);
        // a second token for the same account keeps its role and area
        as("admin").body(Map.of("name", "second", "days", 1, "role", "staff", "serviceAccount", account)).post(
                "/api/tokens").then().statusCode(403).body("type", equalTo("/problems/token-role-not-allowed"));
        as("admin").body(Map.of("name", "second", "days", 1, "serviceAccount", account)).post("/api/tokens").then()
                .statusCode(201).body("token.role", equalTo("official"), "token.areaId", equalTo((int) commune));
        // a person's account is not a service account
        as("admin").body(Map.of("name", "x", "days", 1, "serviceAccount", "staff")).post("/api/tokens").then()
                .statusCode(409).body("type", equalTo("/problems/not-a-service-account"));
        as("admin").body(Map.of("name", "x", "days", 1, "serviceAccount", fresh("norole"))).post("/api/tokens")
                .then().statusCode(400).body("type", equalTo("/problems/role-required"));
        as("admin").get("/api/audit?action=token.created&actor=admin&size=500").then().statusCode(200)
                .body("entries.subjectId", hasItem(String.valueOf(idOf(made))));
    }
}
