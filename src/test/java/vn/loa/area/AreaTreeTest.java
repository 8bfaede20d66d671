package vn.loa.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaTreeTest {

    // Tuyên Quang (1) > Minh Tân (2) > Thôn Mỏ Sài (4), Bản Khác (5); Tuyên Quang > Thuận Hoà (3) > Bản Tùng Bá (6)
    private static final AreaTree TREE = new AreaTree(List.of(
            new AreaTree.Node(1, null, AreaLevel.PROVINCE, "Tuyên Quang", false),
            new AreaTree.Node(2, 1L, AreaLevel.COMMUNE, "Minh Tân", false),
            new AreaTree.Node(3, 1L, AreaLevel.COMMUNE, "Thuận Hoà", false),
            new AreaTree.Node(4, 2L, AreaLevel.VILLAGE, "Thôn Mỏ Sài", false),
            new AreaTree.Node(5, 2L, AreaLevel.VILLAGE, "Bản Khác", true),
            new AreaTree.Node(6, 3L, AreaLevel.VILLAGE, "Bản Tùng Bá", false),
            new AreaTree.Node(7, null, AreaLevel.PROVINCE, "Lào Cai", false)));

    @Test
    void path_village_joinsNamesFromProvinceDown() {
        assertEquals("Tuyên Quang › Minh Tân › Thôn Mỏ Sài", TREE.path(4));
    }

    @Test
    void path_unknownId_isEmpty() {
        assertEquals("", TREE.path(99));
    }

    @Test
    void subtree_commune_isTheCommuneThenItsVillages() {
        assertEquals(List.of(2L, 5L, 4L), TREE.subtree(2).stream().map(AreaTree.Node::id).toList());
    }

    @Test
    void subtreeIds_province_holdsEverythingBelowButNotOtherProvinces() {
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L), TREE.subtreeIds(1));
    }

    @Test
    void subtree_unknownId_isEmpty() {
        assertTrue(TREE.subtree(99).isEmpty());
    }

    @Test
    void within_villageOfCommune_isTrue() {
        assertTrue(TREE.within(4, 2));
        assertTrue(TREE.within(4, 1));
        assertTrue(TREE.within(2, 2));
    }

    @Test
    void within_siblingCommuneOrChildAsAncestor_isFalse() {
        assertFalse(TREE.within(6, 2));
        assertFalse(TREE.within(2, 4));
        assertFalse(TREE.within(4, 7));
        assertFalse(TREE.within(99, 1));
    }

    @Test
    void children_commune_sortedByName() {
        assertEquals(List.of("Bản Khác", "Thôn Mỏ Sài"), TREE.children(2).stream().map(AreaTree.Node::name).toList());
        assertTrue(TREE.children(4).isEmpty());
    }
}
