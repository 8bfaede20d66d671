package vn.loa.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.receiver.Receiver;

class TargetTreeTest {

    private static Receiver rx(final String id, final String commune, final String village) {
        final Receiver r = new Receiver();
        r.id = id;
        r.name = "Loa " + id;
        r.commune = commune;
        r.village = village;
        return r;
    }

    @Test
    void of_receivers_groupedByCommuneThenVillage() {
        final TargetTree t = TargetTree.of(List.of(rx("b", "Lũng Cú", "Thôn Má"), rx("a", "Lũng Cú", "Lô Lô Chải"),
                rx("c", "Đồng Văn", "Sảng Pả")));
        assertEquals(List.of("Lũng Cú", "Đồng Văn"), t.communes().stream().map(TargetTree.Commune::name).toList());
        assertEquals(List.of("Lô Lô Chải", "Thôn Má"),
                t.communes().get(0).villages().stream().map(TargetTree.Village::name).toList());
    }

    @Test
    void parseVillage_ofVillageValue_roundTripsNamesWithBars() {
        final String value = TargetTree.villageValue("Xã | A", "Thôn & <B>");
        assertEquals(new BroadcastRequest.Village("Xã | A", "Thôn & <B>"), TargetTree.parseVillage(value));
    }

    @Test
    void parseVillage_withoutBar_throws() {
        assertThrows(IllegalArgumentException.class, () -> TargetTree.parseVillage("Lũng Cú"));
        assertThrows(IllegalArgumentException.class, () -> TargetTree.parseVillage("a|b|c"));
        assertThrows(IllegalArgumentException.class, () -> TargetTree.parseVillage(null));
    }
}
