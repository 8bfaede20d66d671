package vn.loa.cap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/** Keeping the trusted senders ({@code /api/cap/senders}) and the areas' codes and policy, audited. */
@QuarkusTest
class CapAdminTest {

    @Test
    void senders_addListRemove_audited() {
        final String pem = CapSamples.publicPem(CapSamples.rsa().getPublic());
        final int id = as("admin").body(Map.of("sender", "canhbao@pctt-tuyenquang.gov.vn", "key", pem))
                .post("/api/cap/senders").then().statusCode(201)
                .body("sender", equalTo("canhbao@pctt-tuyenquang.gov.vn"), "algorithm", equalTo("RSA"),
                        "keySha256", hasLength(64), "createdBy", equalTo("admin"))
                .extract().path("id");
        as("admin").get("/api/cap/senders").then().statusCode(200).body("id", hasItem(id));
        as("admin").queryParam("action", "cap.sender-trusted").get("/api/audit").then().statusCode(200)
                .body("entries.subjectId", hasItem(String.valueOf(id)));

        as("admin").body(Map.of("sender", "canhbao@pctt-tuyenquang.gov.vn", "key", pem)).post("/api/cap/senders")
                .then().statusCode(409).body("type", equalTo("/problems/cap-sender-exists"));

        as("admin").delete("/api/cap/senders/" + id).then().statusCode(204);
        as("admin").get("/api/cap/senders").then().body("id", not(hasItem(id)));
        as("admin").queryParam("action", "cap.sender-removed").get("/api/audit").then()
                .body("entries.subjectId", hasItem(String.valueOf(id)));
        as("admin").delete("/api/cap/senders/" + id).then().statusCode(404);
    }

    @Test
    void senders_certificate_accepted() {
        as("admin").body(Map.of("sender", "canhbao-cert@nchmf.gov.vn", "key",
                CapFixture.resource("signed-fixed-cert.pem"))).post("/api/cap/senders").then().statusCode(201)
                .body("algorithm", equalTo("RSA"));
    }

    @Test
    void senders_badInput_refusedNothingStored() {
        final String pem = CapSamples.publicPem(CapSamples.rsa().getPublic());
        as("admin").body(Map.of("sender", "canhbao@a.vn", "key", "-----BEGIN PUBLIC KEY-----\nAAAA\n"
                + "-----END PUBLIC KEY-----")).post("/api/cap/senders").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-sender-key"));
        as("admin").body(Map.of("sender", "co dau cach", "key", pem)).post("/api/cap/senders").then()
                .statusCode(400).body("type", equalTo("/problems/invalid-cap-sender"));
        as("admin").body(Map.of("sender", "canhbao@a.vn")).post("/api/cap/senders").then().statusCode(400);
        as("admin").body(Map.of("sender", "canhbao@a.vn", "key", "x".repeat(9000))).post("/api/cap/senders")
                .then().statusCode(400);
        as("admin").get("/api/cap/senders").then().body("sender", not(hasItem("canhbao@a.vn")));
    }

    @Test
    void areas_adminCodeAndPolicy_setShownAudited_andChecked() {
        final long province = as("admin").get("/api/areas/" + Api.demoAreaId()).then().extract().jsonPath()
                .getLong("parentId");
        final int id = as("admin").body(Map.of("parentId", province, "level", "COMMUNE", "name", "Xã Mã Số",
                "adminCode", "88801")).post("/api/areas").then().statusCode(201)
                .body("adminCode", equalTo("88801"), "capPolicy", equalTo("WAIT")).extract().path("id");
        as("admin").body(Map.of("name", "Xã Mã Số", "capPolicy", "immediate")).put("/api/areas/" + id).then()
                .statusCode(200).body("adminCode", equalTo("88801"), "capPolicy", equalTo("IMMEDIATE"));
        as("admin").queryParam("subject", "area:" + id).get("/api/audit").then()
                .body("entries.detail", hasItem(org.hamcrest.Matchers.containsString("\"capPolicy\":\"IMMEDIATE\"")));

        as("admin").body(Map.of("parentId", province, "level", "COMMUNE", "name", "Xã Trùng Mã",
                "adminCode", "88801")).post("/api/areas").then().statusCode(409)
                .body("type", equalTo("/problems/admin-code-taken"));
        as("admin").get("/api/areas").then().body("name", not(hasItem("Xã Trùng Mã")));
        as("admin").body(Map.of("name", "Xã Mã Số", "adminCode", "88-01")).put("/api/areas/" + id).then()
                .statusCode(400);
        as("admin").body(Map.of("name", "Xã Mã Số", "capPolicy", "sometimes")).put("/api/areas/" + id).then()
                .statusCode(400);
        as("admin").body(Map.of("name", "Xã Mã Số", "adminCode", "")).put("/api/areas/" + id).then()
                .statusCode(200).body("adminCode", equalTo(null));
    }
}
