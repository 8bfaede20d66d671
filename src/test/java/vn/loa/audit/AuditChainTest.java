package vn.loa.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The chain as stored: appends in the caller's transaction, concurrent appends, and verification against rows
 * edited behind Loa's back with plain SQL. Every tampering is undone before the test ends, because the other test
 * classes share this database.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditTrail trail;

    @Inject
    AuditVerifier verifier;

    @Inject
    AgroalDataSource db;

    @Test
    void record_outsideTransaction_isRefused() {
        assertThrows(TransactionalException.class, () -> trail.record("t", "test.outside", "test", "1", null));
    }

    @Test
    void record_actionRolledBack_leavesNoEntry() {
        final long before = headSeq();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            trail.record("t", "test.rolled-back", "test", "1", null);
            throw new IllegalStateException("the action fails after recording");
        }));
        assertEquals(before, headSeq());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("action", "test.rolled-back")));
    }

    @Test
    void record_fromEightThreadsAtOnce_formsOneUnbrokenChain() throws Exception {
        final long before = headSeq();
        final ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            final List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        final int n = i;
                        QuarkusTransaction.requiringNew().run(() -> trail.record("thread-" + thread,
                                "test.concurrent", "test", thread + "-" + n, null));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 200, headSeq());
        final AuditVerifier.Result result = verifier.verify();
        assertTrue(result.ok(), result.toString());
        assertEquals(result.headSeq(), result.entries());
    }

    @Test
    void verify_cleanChain_isOk() {
        append(3);
        final AuditVerifier.Result result = verifier.verify();
        assertTrue(result.ok(), result.toString());
        assertNull(result.firstBrokenSeq());
        assertEquals(headSeq(), result.entries());
    }

    @Test
    void verify_actorOfOneEntryChanged_reportsThatEntry() throws SQLException {
        final long k = append(5) - 2;
        final String actor = column(k, "actor");
        update("UPDATE audit_entry SET actor = ? WHERE seq = ?", "mallory", k);
        try {
            assertBroken(k, "hash-mismatch");
        } finally {
            update("UPDATE audit_entry SET actor = ? WHERE seq = ?", actor, k);
        }
        assertTrue(verifier.verify().ok());
    }

    @Test
    void verify_detailOfOneEntryChanged_reportsThatEntry() throws SQLException {
        final long k = append(5) - 3;
        final String detail = column(k, "detail");
        update("UPDATE audit_entry SET detail = ? WHERE seq = ?", "{\"n\":999}", k);
        try {
            assertBroken(k, "hash-mismatch");
        } finally {
            update("UPDATE audit_entry SET detail = ? WHERE seq = ?", detail, k);
        }
        assertTrue(verifier.verify().ok());
    }

    @Test
    void verify_rowDeleted_reportsTheMissingSeq() throws SQLException {
        final long k = append(5) - 2;
        final List<Object> row = row(k);
        update("DELETE FROM audit_entry WHERE seq = ?", k);
        try {
            assertBroken(k, "seq-gap");
        } finally {
            insert(row);
        }
        assertTrue(verifier.verify().ok());
    }

    @Test
    void verify_lastRowDeleted_reportsTheHead() throws SQLException {
        final long k = append(2);
        final List<Object> row = row(k);
        update("DELETE FROM audit_entry WHERE seq = ?", k);
        try {
            assertBroken(k, "head-mismatch");
        } finally {
            insert(row);
        }
        assertTrue(verifier.verify().ok());
    }

    @Test
    void verify_prevHashChanged_reportsThatEntry() throws SQLException {
        final long k = append(4) - 1;
        final String prev = column(k, "prev_hash");
        update("UPDATE audit_entry SET prev_hash = ? WHERE seq = ?", "f".repeat(64), k);
        try {
            assertBroken(k, "prev-hash-mismatch");
        } finally {
            update("UPDATE audit_entry SET prev_hash = ? WHERE seq = ?", prev, k);
        }
        assertTrue(verifier.verify().ok());
    }

    @Test
    void verify_twoEntriesSwapped_reportsTheFirst() throws SQLException {
        final long k = append(5) - 3;
        update("UPDATE audit_entry SET seq = ? WHERE seq = ?", -1L, k);
        update("UPDATE audit_entry SET seq = ? WHERE seq = ?", k, k + 1);
        update("UPDATE audit_entry SET seq = ? WHERE seq = ?", k + 1, -1L);
        try {
            assertBroken(k, "prev-hash-mismatch");
        } finally {
            update("UPDATE audit_entry SET seq = ? WHERE seq = ?", -1L, k);
            update("UPDATE audit_entry SET seq = ? WHERE seq = ?", k, k + 1);
            update("UPDATE audit_entry SET seq = ? WHERE seq = ?", k + 1, -1L);
        }
        assertTrue(verifier.verify().ok());
    }

    private void assertBroken(final long seq, final String reason) {
        final AuditVerifier.Result result = verifier.verify();
        assertEquals(false, result.ok(), result.toString());
        assertEquals(seq, result.firstBrokenSeq(), result.toString());
        assertEquals(reason, result.reason(), result.toString());
    }

    /** Appends n entries; returns the seq of the last. */
    private long append(final int n) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long last = 0;
            for (int i = 0; i < n; i++) {
                last = trail.record("tester", "test.append", "test", String.valueOf(i), AuditTrail.json("n", i)).seq;
            }
            return last;
        });
    }

    private long headSeq() {
        return QuarkusTransaction.requiringNew().call(() -> AuditHead.<AuditHead>findById(AuditHead.ID).seq);
    }

    private String column(final long seq, final String column) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM audit_entry WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private static final String COLUMNS = "seq, at, actor, action, subject_type, subject_id, detail, prev_hash, hash";

    private List<Object> row(final long seq) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                final List<Object> row = new ArrayList<>();
                for (int i = 1; i <= 9; i++) {
                    row.add(r.getObject(i));
                }
                return row;
            }
        }
    }

    private void insert(final List<Object> row) throws SQLException {
        update("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.toArray());
    }

    private void update(final String sql, final Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
