package vn.loa.area;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class AreaInsertsTest {

    @Test
    void lostRace_uniqueViolationDeepInTheCauses_isTrue() {
        final SQLException unique = new SQLException("Unique index or primary key violation", "23505");
        assertTrue(AreaInserts.lostRace(new RuntimeException("tx", new IllegalStateException("flush", unique))));
    }

    @Test
    void lostRace_lockTimeoutOrSerializationFailure_isTrue() {
        assertTrue(AreaInserts.lostRace(new SQLException("Timeout trying to lock table", "HYT00")));
        assertTrue(AreaInserts.lostRace(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void lostRace_otherErrors_isFalse() {
        assertFalse(AreaInserts.lostRace(new SQLException("value too long", "22001")));
        assertFalse(AreaInserts.lostRace(new IllegalStateException("no SQL at all")));
        assertFalse(AreaInserts.lostRace(new SQLException("no state")));
    }
}
