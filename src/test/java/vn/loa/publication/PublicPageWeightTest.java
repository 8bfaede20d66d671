package vn.loa.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.area.Area;
import vn.loa.broadcast.DeliveryState;
import vn.loa.bulletin.BulletinState;

/**
 * What a phone on 2G downloads for the public page, audio aside: the HTML and its one stylesheet. Goal: under
 * 50 KB for a full page (10 bulletins) of ordinary bulletins (about 600 characters of Vietnamese each).
 */
@QuarkusTest
class PublicPageWeightTest {

    /** An ordinary village announcement: about 600 characters of Vietnamese. */
    static final String ORDINARY = ("Thông báo của Ủy ban nhân dân xã: từ 7 giờ sáng thứ Hai đến 11 giờ trưa, "
            + "điện lực huyện cắt điện để sửa đường dây ở các thôn Trên, Giữa và Dưới. Bà con chủ động sắp xếp "
            + "công việc, bảo quản thực phẩm và không đến gần cột điện trong thời gian sửa chữa. ").repeat(2)
            + "Mọi thắc mắc xin liên hệ cán bộ văn hoá xã trong giờ hành chính.";

    @Inject
    PublicFixture fixture;

    @Test
    void fullPageOfOrdinaryBulletins_isUnder50KB() {
        final Area commune = fixture.receiverIn("rx-pub-weight", "Cân Nhẹ Trang", "Thôn Cân");
        final Instant t0 = Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < 12; i++) {
            final long id = fixture.bulletin("Thông báo cắt điện số " + (i + 1) + " của xã", ORDINARY, null, false,
                    BulletinState.APPROVED, commune.id);
            fixture.delivery(id, "rx-pub-weight", t0.plusSeconds(3600L * i), DeliveryState.PLAYED,
                    t0.plusSeconds(3600L * i));
        }
        final String html = given().get("/c/" + commune.publicSlug).then().statusCode(200).extract().asString();
        assertEquals(10, PublicPageTest.articles(html).size(), "a page holds 10; the older two are on page 2");
        assertTrue(html.contains("?p=2"), "a link to the older ones");
        final int htmlBytes = PublicPageTest.bytes(html);
        final int cssBytes = given().get("/css/public.css").then().statusCode(200).extract().asByteArray().length;
        final int total = htmlBytes + cssBytes;
        System.out.printf("public page weight: %d bytes for 10 bulletins of %d characters (HTML %d + CSS %d), "
                + "audio aside%n", total, ORDINARY.length(), htmlBytes, cssBytes);
        assertTrue(total < 50 * 1024, "page weight " + total + " bytes");
        assertEquals(2, PublicPageTest.articles(given().get("/c/" + commune.publicSlug + "?p=2").then()
                .statusCode(200).extract().asString()).size());
    }
}
