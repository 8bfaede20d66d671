package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule at a time; {@link VietnameseNormalizerCorpusTest} checks whole bulletins. */
class VietnameseNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // dates
        "06/12/2026|ngày sáu tháng mười hai năm hai nghìn không trăm hai mươi sáu",
        "ngày 06/12/2026|ngày sáu tháng mười hai năm hai nghìn không trăm hai mươi sáu",
        "Ngày 1-4-2027|Ngày một tháng tư năm hai nghìn không trăm hai mươi bảy",
        "từ 15/10|từ ngày mười lăm tháng mười",
        "tháng 11/2026|tháng mười một năm hai nghìn không trăm hai mươi sáu",
        "ngày 25-26/11|ngày hai mươi lăm đến ngày hai mươi sáu tháng mười một",
        "32/13|ba mươi hai/mười ba",
        // times
        "6h30|sáu giờ ba mươi phút",
        "6h|sáu giờ",
        "17:00|mười bảy giờ",
        "6 giờ 30|sáu giờ ba mươi phút",
        "6 giờ 30 phút|sáu giờ ba mươi phút",
        "7h05|bảy giờ năm phút",
        "7h-11h|bảy giờ đến mười một giờ",
        // money
        "50.000đ|năm mươi nghìn đồng",
        "50.000 đồng|năm mươi nghìn đồng",
        "50k|năm mươi nghìn đồng",
        "50.000 VNĐ|năm mươi nghìn đồng",
        "1,5 triệu đồng|một phẩy năm triệu đồng",
        "20.000 đồng/người|hai mươi nghìn đồng mỗi người",
        // units
        "3km|ba ki-lô-mét",
        "2 m|hai mét",
        "150mm|một trăm năm mươi mi-li-mét",
        "40 kg|bốn mươi ki-lô-gam",
        "2,5 ha|hai phẩy năm héc-ta",
        "-2°C|âm hai độ xê",
        "30oC|ba mươi độ xê",
        "30 độ C|ba mươi độ xê",
        "85%|tám mươi lăm phần trăm",
        "100-150mm|một trăm đến một trăm năm mươi mi-li-mét",
        "60 km/h|sáu mươi ki-lô-mét một giờ",
        // phone numbers, digit by digit with a pause between groups
        "0912 345 678|không chín một hai, ba bốn năm, sáu bảy tám",
        "0912.345.678|không chín một hai, ba bốn năm, sáu bảy tám",
        "0912345678|không chín một hai, ba bốn năm, sáu bảy tám",
        "0912-345-678|không chín một hai, ba bốn năm, sáu bảy tám",
        "0912 345.678|không chín một hai, ba bốn năm, sáu bảy tám",
        "0214 3822 123|không hai một bốn, ba tám hai hai, một hai ba",
        // numbers and codes
        "21 hộ|hai mươi mốt hộ",
        "mã 0123|mã không một hai ba",
        "1,05|một phẩy không năm",
        "QL6|quốc lộ sáu",
    })
    void normalize_writtenForm_spokenForm(final String written, final String spoken) {
        assertEquals(spoken, VietnameseNormalizer.normalize(written));
    }

    @Test
    void normalize_everyAbbreviation_expanded() {
        for (final Map.Entry<String, String> entry : VietnameseNormalizer.ABBREVIATIONS.entrySet()) {
            assertEquals("xem " + entry.getValue() + ".", VietnameseNormalizer.normalize("xem " + entry.getKey()
                    + "."), entry.getKey());
        }
    }

    @Test
    void normalize_abbreviationInsideWord_untouched() {
        assertEquals("HTXA và QLB", VietnameseNormalizer.normalize("HTXA và QLB"));
    }

    @Test
    void normalize_thon_staysAWord() {
        assertEquals("thôn Tà Xùa", VietnameseNormalizer.normalize("thôn Tà Xùa"));
    }

    @Test
    void normalize_everyUnit_spelledAfterANumber() {
        for (final Map.Entry<String, String> entry : VietnameseNormalizer.UNITS.entrySet()) {
            assertEquals("bảy " + entry.getValue(), VietnameseNormalizer.normalize("7" + entry.getKey()),
                    entry.getKey());
        }
    }

    @Test
    void normalize_decomposedUnicode_sameAsComposed() {
        final String decomposed = Normalizer.normalize("50.000 đồng", Normalizer.Form.NFD);
        assertEquals("năm mươi nghìn đồng", VietnameseNormalizer.normalize(decomposed));
    }

    @Test
    void normalize_textWithoutNumbers_unchanged() {
        final String text = "Bà con chú ý, mưa lớn kéo dài, không đi qua ngầm tràn.";
        assertEquals(text, VietnameseNormalizer.normalize(text));
    }
}
