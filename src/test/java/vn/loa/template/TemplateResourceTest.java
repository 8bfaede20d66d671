package vn.loa.template;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/** {@code /api/templates}: the life cycle, every refusal as problem JSON, and sending. */
@QuarkusTest
class TemplateResourceTest {

    static final String TEXT = "Flood warning for {village}. Move to high ground before {time}. {households} households must leave.";

    static Map<String, Object> body(final String text, final List<Map<String, Object>> blanks) {
        final Map<String, Object> b = new HashMap<>(Map.of("title", "Flood", "text", text, "language", "en",
                "priority", "emergency", "blanks", blanks));
        return b;
    }

    static List<Map<String, Object>> blanks() {
        return List.of(Map.of("name", "village", "label", "Village", "kind", "area"),
                Map.of("name", "time", "label", "Time", "kind", "time"),
                Map.of("name", "households", "label", "Households", "kind", "number", "min", 1, "max", 500));
    }

    static long draft(final String user, final Map<String, Object> body) {
        return as(user).body(body).post("/api/templates").then().statusCode(201)
                .header("Location", containsString("/api/templates/")).body("state", equalTo("DRAFT"))
                .extract().jsonPath().getLong("id");
    }

    /** A template written by staff and approved by approver, usable in the demo commune. */
    static long approved() {
        final long id = draft("staff", body(TEXT, blanks()));
        as("staff").post("/api/templates/" + id + "/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        as("approver").post("/api/templates/" + id + "/approve").then().statusCode(200)
                .body("state", equalTo("APPROVED"), "decidedBy", equalTo("approver"), "approvalId", notNullValue());
        return id;
    }

    static Map<String, Object> send(final Map<String, String> fills, final Map<String, Object> targets) {
        return Map.of("fills", fills, "targets", targets);
    }

    static Map<String, String> goodFills() {
        return Map.of("village", "thèn ván", "time", "7:30", "households", "12");
    }

    static final Map<String, Object> RX = Map.of("receivers", List.of("rx-lo-lo-chai-01"));

    @Test
    void lifecycle_createSubmitApprove_listsAndShowsBlanks() {
        final long id = approved();
        as("staff").get("/api/templates/" + id).then().statusCode(200)
                .body("blanks.name", equalTo(List.of("village", "time", "households")),
                        "blanks[2].min", equalTo(1), "blanks[2].max", equalTo(500), "author", equalTo("staff"));
        as("official").get("/api/templates?state=approved").then().statusCode(200).body("id", hasItem((int) id));
        as("official").get("/api/templates?state=nonsense").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-state"));
    }

    @Test
    void send_goodFills_makesApprovedBulletinAndBroadcast() {
        final long id = approved();
        final var sent = as("staff").body(send(goodFills(), RX)).post("/api/templates/" + id + "/send").then()
                .statusCode(201).header("Location", containsString("/api/broadcasts/"))
                .body("text", equalTo("Flood warning for Thèn Ván. Move to high ground before 07:30. 12 households must leave."),
                        "approvedBy", equalTo("approver"))
                .extract().jsonPath();
        final long bulletin = sent.getLong("bulletinId");
        as("staff").get("/api/bulletins/" + bulletin).then().statusCode(200)
                .body("state", equalTo("APPROVED"), "author", equalTo("staff"), "decidedBy", equalTo("approver"),
                        "priority", equalTo("emergency"), "templateId", equalTo((int) id),
                        "templateApprovalId", equalTo(sent.getInt("approvalId")), "audio.sha256", notNullValue());
        as("staff").get("/api/broadcasts/" + sent.getLong("broadcastId")).then().statusCode(200)
                .body("bulletinId", equalTo((int) bulletin));
        // the bulletin's page says where its text came from
        vn.loa.support.UiSession.login("staff").get("/ui/bulletins/" + bulletin).then().statusCode(200)
                .body(containsString("data-source=\"template\""),
                        containsString("Mẫu khẩn cấp đã duyệt số " + id));
        as("admin").get("/api/audit?subject=bulletin:" + bulletin).then().statusCode(200)
                .body(containsString("sent from template #" + id + " approved by approver"));
        as("admin").get("/api/audit?subject=template:" + id).then().statusCode(200)
                .body(containsString("template.sent"), containsString("template.approved"));
    }

    @Test
    void send_badFill_refusedNamingTheBlank_nothingMade() {
        final long id = approved();
        final int before = bulletinCount();
        final Map<String, Object> targets = RX;
        expectFill(id, Map.of("village", "Thèn Ván", "time", "25:00", "households", "12"), targets, "time");
        expectFill(id, Map.of("village", "Thèn Ván", "time", "07:30", "households", "501"), targets, "households");
        expectFill(id, Map.of("village", "Thôn Mỏ Sài", "time", "07:30", "households", "3"), targets, "village");
        expectFill(id, Map.of("village", "<b>Thèn Ván</b>", "time", "07:30", "households", "3"), targets, "village");
        expectFill(id, Map.of("time", "07:30", "households", "3"), targets, "village");
        expectFill(id, Map.of("village", "Thèn Ván", "time", "07:30", "households", "3", "extra", "x"), targets, "extra");
        assertEquals(before, bulletinCount(), "a refused send makes no bulletin");
    }

    @Test
    void send_targetsOutsideTheSendersOrTheTemplatesArea_refused() {
        final long id = approved();
        final long minhTan = areaId("Minh Tân");
        as("staff").body(send(goodFills(), Map.of("areas", List.of(minhTan)))).post("/api/templates/" + id + "/send")
                .then().statusCode(403).body("type", equalTo("/problems/outside-area"));
        // a template for one village may not be sent to another
        final Map<String, Object> b = body("Water cut at {time}.", List.of(Map.of("name", "time", "label", "Time", "kind", "time")));
        b.put("areaId", areaId("Thèn Ván"));
        final long narrow = draft("staff", b);
        as("staff").post("/api/templates/" + narrow + "/submit").then().statusCode(200);
        as("approver").post("/api/templates/" + narrow + "/approve").then().statusCode(200);
        final int before = bulletinCount();
        as("staff").body(send(Map.of("time", "08:00"), RX)).post("/api/templates/" + narrow + "/send")
                .then().statusCode(403).body("type", equalTo("/problems/outside-template-area"));
        as("staff").body(send(Map.of("time", "08:00"), Map.of())).post("/api/templates/" + narrow + "/send")
                .then().statusCode(400).body("type", equalTo("/problems/no-targets"));
        as("staff").body(send(Map.of("time", "08:00"), Map.of("receivers", List.of("rx-nobody"))))
                .post("/api/templates/" + narrow + "/send").then().statusCode(400)
                .body("type", equalTo("/problems/unknown-receiver"));
        assertEquals(before, bulletinCount());
    }

    @Test
    void send_notApproved_conflict() {
        final long id = draft("staff", body(TEXT, blanks()));
        as("staff").body(send(goodFills(), RX)).post("/api/templates/" + id + "/send").then().statusCode(409)
                .body("type", equalTo("/problems/template-not-approved"));
    }

    @Test
    void edit_approvedTemplate_needsApprovalAgain() {
        final long id = approved();
        as("staff").body(body(TEXT.replace("high ground", "the school"), blanks())).put("/api/templates/" + id)
                .then().statusCode(200).body("state", equalTo("DRAFT"), "approvalId", nullValue(),
                        "text", containsString("the school"));
        as("staff").body(send(goodFills(), RX)).post("/api/templates/" + id + "/send").then().statusCode(409)
                .body("type", equalTo("/problems/template-not-approved"));
        as("staff").post("/api/templates/" + id + "/submit").then().statusCode(200);
        as("approver").post("/api/templates/" + id + "/approve").then().statusCode(200);
        as("staff").body(send(goodFills(), RX)).post("/api/templates/" + id + "/send").then().statusCode(201)
                .body("text", containsString("the school"));
    }

    @Test
    void reject_thenEdit_backToDraft() {
        final long id = draft("staff", body(TEXT, blanks()));
        as("staff").post("/api/templates/" + id + "/submit").then().statusCode(200);
        as("staff").body(body(TEXT, blanks())).put("/api/templates/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/template-not-editable"));
        as("approver").body(Map.of("reason", "Say where to go")).post("/api/templates/" + id + "/reject").then()
                .statusCode(200).body("state", equalTo("REJECTED"), "rejectionReason", equalTo("Say where to go"));
        as("approver").post("/api/templates/" + id + "/approve").then().statusCode(409)
                .body("type", equalTo("/problems/template-not-submitted"));
        as("staff").body(body(TEXT, blanks())).put("/api/templates/" + id).then().statusCode(200)
                .body("state", equalTo("DRAFT"), "rejectionReason", nullValue());
    }

    @Test
    void archive_isFinal() {
        final long id = approved();
        as("approver").post("/api/templates/" + id + "/archive").then().statusCode(200)
                .body("state", equalTo("ARCHIVED"), "approvalId", nullValue());
        as("staff").body(send(goodFills(), RX)).post("/api/templates/" + id + "/send").then().statusCode(409);
        as("staff").body(body(TEXT, blanks())).put("/api/templates/" + id).then().statusCode(409);
        as("staff").post("/api/templates/" + id + "/archive").then().statusCode(409)
                .body("type", equalTo("/problems/invalid-transition"));
    }

    @Test
    void create_badContent_problemJson() {
        expectBad(body("Meet at {time}.", List.of()), "template-blank-undeclared");
        expectBad(body("Meet now.", List.of(Map.of("name", "time", "label", "Time", "kind", "time"))),
                "template-blank-unused");
        expectBad(body("Meet at {time.", List.of()), "template-text-invalid");
        expectBad(body("Meet at {Time}.", List.of()), "template-text-invalid");
        expectBad(body("Meet at {time}.", List.of(Map.of("name", "time", "label", "Time", "kind", "time"),
                Map.of("name", "time", "label", "Time", "kind", "time"))), "template-blank-invalid");
        expectBad(body("{n} people.", List.of(Map.of("name", "n", "label", "N", "kind", "number"))),
                "template-blank-invalid");
        expectBad(body("{n} people.", List.of(Map.of("name", "n", "label", "N", "kind", "regex", "pattern", "(a+)+$"))),
                "malformed-json");
        final Map<String, Object> routine = body("Meet.", List.of());
        routine.put("priority", "routine");
        expectBad(routine, "template-priority");
        final Map<String, Object> french = body("Meet.", List.of());
        french.put("language", "fr");
        expectBad(french, "invalid-request");
        final Map<String, Object> voice = body("Meet.", List.of());
        voice.put("voice", "vi-vn-x-south");
        as("staff").body(voice).post("/api/templates").then().statusCode(400);
        final Map<String, Object> elsewhere = body("Meet.", List.of());
        elsewhere.put("areaId", areaId("Minh Tân"));
        as("staff").body(elsewhere).post("/api/templates").then().statusCode(403)
                .body("type", equalTo("/problems/outside-area"));
    }

    @Test
    void provinceTemplate_usableByCommuneStaff_inTheirCommuneOnly() {
        final String provinceStaff = Api.provinceUser("staff");
        final String provinceApprover = Api.provinceUser("approver");
        final long id = draft(provinceStaff, body(TEXT, blanks()));
        as(provinceStaff).post("/api/templates/" + id + "/submit").then().statusCode(200);
        // a commune approver cannot decide on the province's template
        as("approver").post("/api/templates/" + id + "/approve").then().statusCode(403)
                .body("type", equalTo("/problems/outside-area"));
        as(provinceApprover).post("/api/templates/" + id + "/approve").then().statusCode(200);
        as("staff").get("/api/templates").then().statusCode(200).body("id", hasItem((int) id));
        as("staff").body(send(goodFills(), RX)).post("/api/templates/" + id + "/send").then().statusCode(201);
        as("staff").body(send(goodFills(), Map.of("areas", List.of(areaId("Minh Tân")))))
                .post("/api/templates/" + id + "/send").then().statusCode(403);
        // a province-level user may play the province's template on the whole province
        final long province = as("admin").get("/api/areas/" + areaId("Lũng Cú")).then().extract().jsonPath()
                .getLong("parentId");
        as(provinceStaff).body(send(goodFills(), Map.of("areas", List.of(province))))
                .post("/api/templates/" + id + "/send").then().statusCode(201);
        // a commune's template is not shown to another commune's staff
        final long own = approved();
        as(provinceStaff).get("/api/templates").then().body("id", hasItem((int) own));
        as("staff").get("/api/templates").then().body("id", not(hasItem(-1)));
    }

    private static void expectFill(final long id, final Map<String, String> fills, final Map<String, Object> targets,
            final String blank) {
        as("staff").body(send(fills, targets)).post("/api/templates/" + id + "/send").then().statusCode(400)
                .body("type", equalTo("/problems/template-fill-invalid"), "detail", containsString("{" + blank + "}"));
    }

    private static void expectBad(final Map<String, Object> body, final String type) {
        as("staff").body(body).post("/api/templates").then().statusCode(400).body("type", equalTo("/problems/" + type));
    }

    private static int bulletinCount() {
        return as("admin").get("/api/bulletins?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("id").size();
    }

    static long areaId(final String name) {
        final List<Map<String, Object>> all = as("admin").get("/api/areas").then().statusCode(200).extract()
                .jsonPath().getList("$");
        return all.stream().filter(a -> name.equals(a.get("name")) && !(Boolean) a.get("archived"))
                .mapToLong(a -> ((Number) a.get("id")).longValue()).min().orElseThrow();
    }
}
