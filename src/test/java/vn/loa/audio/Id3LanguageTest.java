package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Id3LanguageTest {

    @ParameterizedTest
    @CsvSource({"hmn,hmn", "tyz,tyz", "nut,nut", "ium,ium", "vi,vie", "en,eng", "vi-VN,vie", "en-US,eng",
            "Dao Đỏ,und", "Dao,und", "H'Mông,und", "qq,und"})
    void code_codesAndNames_toIso639OrUnd(final String language, final String expected) {
        assertEquals(expected, Id3Language.code(language));
    }
}
