package vn.loa.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The public page's address made from a commune's name. */
class AreaSlugsTest {

    @Test
    void of_vietnameseName_isAsciiWithTheUnitWord() {
        assertEquals("xa-minh-tan", AreaSlugs.of("Minh Tân"));
        assertEquals("xa-dong-van", AreaSlugs.of("Đồng Văn"));
        assertEquals("xa-lung-cu", AreaSlugs.of("Lũng Cú"));
        assertEquals("xa-thuan-hoa", AreaSlugs.of("Thuận Hoà"));
        assertEquals("xa-thuan-hoa", AreaSlugs.of("Thuận Hòa"), "both tone mark placements");
        assertEquals("xa-minh-tan", AreaSlugs.of("Xã Minh Tân"));
        assertEquals("phuong-ha-giang-1", AreaSlugs.of("Phường Hà Giang 1"));
        assertEquals("thi-tran-yen-minh", AreaSlugs.of("Thị trấn Yên Minh"));
        assertEquals("dac-khu-con-co", AreaSlugs.of("Đặc khu Cồn Cỏ"));
        assertEquals("xa-ea-h-leo", AreaSlugs.of("  Ea H'Leo  "));
    }

    @Test
    void of_nothingUsable_isStillAWellFormedSlug() {
        assertEquals("xa", AreaSlugs.of("???"));
        assertTrue(AreaSlugs.wellFormed(AreaSlugs.of("???")));
    }

    @Test
    void of_longName_isCutAtAWord() {
        final String slug = AreaSlugs.of("Tân " + "Phong ".repeat(30));
        assertTrue(slug.length() <= AreaSlugs.MAX_BASE, slug);
        assertTrue(slug.endsWith("phong"), slug);
        assertTrue(AreaSlugs.wellFormed(slug));
    }

    @Test
    void wellFormed_refusesAnythingElse() {
        for (String bad : new String[] {null, "", "Xa-minh", "xa--minh", "-xa", "xa-", "xã-minh", "xa minh",
                "../etc", "a".repeat(AreaSlugs.MAX + 1)}) {
            assertFalse(AreaSlugs.wellFormed(bad), String.valueOf(bad));
        }
    }
}
