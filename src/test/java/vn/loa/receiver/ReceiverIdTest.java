package vn.loa.receiver;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceiverIdTest {

    @Test
    void of_topicUnsafeValues_throw() {
        for (String bad : new String[] {null, "", "a", "-ab", "Ab", "a/b", "a+b", "a#", "a b", "x".repeat(64)}) {
            assertThrows(IllegalArgumentException.class, () -> ReceiverId.of(bad), String.valueOf(bad));
        }
    }

    @Test
    void newId_vietnameseVillage_isAsciiAndValid() {
        final String id = ReceiverService.newId("Thôn Đoàn Kết");
        assertTrue(id.matches("thon-doan-ket-[0-9a-f]{4}"), id);
        assertTrue(ReceiverId.isValid(ReceiverService.newId("???")));
    }
}
