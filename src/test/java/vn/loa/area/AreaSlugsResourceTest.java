package vn.loa.area;

import static org.hamcrest.Matchers.equalTo;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A commune's public address: given at creation, unique across provinces, kept through a rename. */
@QuarkusTest
class AreaSlugsResourceTest {

    private final java.util.List<Long> provinces = new java.util.ArrayList<>();

    /** Other classes register receivers by commune name into the only open province: archive the test ones. */
    @org.junit.jupiter.api.AfterEach
    void archiveTestProvinces() {
        for (long id : provinces) {
            as("admin").post("/api/areas/" + id + "/archive").then().statusCode(200);
        }
    }

    @Test
    void commune_getsItsSlug_secondOfTheNameTakesTheProvince_renameKeepsIt() {
        final long province = as("admin").body(Map.of("level", "province", "name", "Tỉnh Địa Chỉ"))
                .post("/api/areas").then().statusCode(201).extract().jsonPath().getLong("id");
        provinces.add(province);
        final long first = as("admin").body(Map.of("parentId", province, "level", "commune", "name", "Hồng Quang"))
                .post("/api/areas").then().statusCode(201).body("publicPage", equalTo("/c/xa-hong-quang"))
                .extract().jsonPath().getLong("id");
        final long other = as("admin").body(Map.of("level", "province", "name", "Tỉnh Thứ Hai"))
                .post("/api/areas").then().statusCode(201).extract().jsonPath().getLong("id");
        provinces.add(other);
        as("admin").body(Map.of("parentId", other, "level", "commune", "name", "Hồng Quang")).post("/api/areas")
                .then().statusCode(201).body("publicPage", equalTo("/c/xa-hong-quang-tinh-thu-hai"));
        as("admin").body(Map.of("parentId", province, "name", "Hồng Quang Mới")).put("/api/areas/" + first)
                .then().statusCode(200).body("name", equalTo("Hồng Quang Mới"))
                .body("publicPage", equalTo("/c/xa-hong-quang"));
        as("admin").body(Map.of("parentId", first, "level", "village", "name", "Thôn Một")).post("/api/areas")
                .then().statusCode(201).body("publicPage", equalTo(null));
    }
}
