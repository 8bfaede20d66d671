package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|không",
        "1|một",
        "4|bốn",
        "5|năm",
        "10|mười",
        "11|mười một",
        "15|mười lăm",
        "20|hai mươi",
        "21|hai mươi mốt",
        "24|hai mươi bốn",
        "25|hai mươi lăm",
        "100|một trăm",
        "101|một trăm linh một",
        "105|một trăm linh năm",
        "110|một trăm mười",
        "111|một trăm mười một",
        "115|một trăm mười lăm",
        "121|một trăm hai mươi mốt",
        "1000|một nghìn",
        "1005|một nghìn không trăm linh năm",
        "1050|một nghìn không trăm năm mươi",
        "1200|một nghìn hai trăm",
        "2026|hai nghìn không trăm hai mươi sáu",
        "50000|năm mươi nghìn",
        "1000000|một triệu",
        "1000500|một triệu năm trăm",
        "1500000|một triệu năm trăm nghìn",
        "2050000|hai triệu không trăm năm mươi nghìn",
        "3000000000|ba tỷ",
    })
    void words_number_readsTheVietnameseWay(final long number, final String words) {
        assertEquals(words, VietnameseNumbers.words(number));
    }

    @Test
    void words_leadingZeros_ignored() {
        assertEquals("sáu", VietnameseNumbers.words("06"));
    }

    @Test
    void words_moreThanFifteenDigits_readDigitByDigit() {
        assertEquals("một " + "không ".repeat(15) + "một", VietnameseNumbers.words("1" + "0".repeat(15) + "1"));
    }

    @Test
    void words_negative_throws() {
        assertThrows(IllegalArgumentException.class, () -> VietnameseNumbers.words(-1));
    }

    @Test
    void digitByDigit_phoneGroup_readsEachDigit() {
        assertEquals("không chín một hai", VietnameseNumbers.digitByDigit("0912"));
    }

    @Test
    void month_april_isTu() {
        assertEquals("tư", VietnameseNumbers.month(4));
        assertEquals("mười hai", VietnameseNumbers.month(12));
    }
}
