package vn.loa.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Walks the whole chain, oldest first, in pages (so 100,000 entries never sit in memory at once), and reports the
 * first entry that breaks it. The head is read first; entries appended during the walk are left for the next run.
 *
 * <p>Checks per entry, in this order: its seq is the previous one plus 1 (else {@link Reason#SEQ_GAP}: a row was
 * deleted, reported as the first missing seq); its prev_hash equals the previous entry's hash (else
 * {@link Reason#PREV_HASH_MISMATCH}: a row was removed, reordered or its link edited); its hash equals the hash of
 * its own fields (else {@link Reason#HASH_MISMATCH}: the row was altered). Finally the last entry must be the head
 * ({@link Reason#HEAD_MISMATCH}: rows were cut off the end, or the head was edited).
 */
@ApplicationScoped
public class AuditVerifier {

    static final int PAGE = 1000;

    /** Which check failed. */
    public enum Reason {
        SEQ_GAP("seq-gap"), PREV_HASH_MISMATCH("prev-hash-mismatch"), HASH_MISMATCH("hash-mismatch"),
        HEAD_MISMATCH("head-mismatch");

        public final String code;

        Reason(final String code) {
            this.code = code;
        }
    }

    /** The outcome: {@code firstBrokenSeq} and {@code reason} are null when {@code ok}. */
    public record Result(boolean ok, long entries, Long firstBrokenSeq, String reason, String detail,
            long headSeq, String headHash) {
    }

    @Inject
    EntityManager em;

    public Result verify() {
        final AuditHead head = QuarkusTransaction.requiringNew().call(() -> {
            final AuditHead h = em.find(AuditHead.class, AuditHead.ID);
            em.detach(h);
            return h;
        });
        long expectedSeq = 1;
        String prevHash = AuditHash.GENESIS;
        long checked = 0;
        while (expectedSeq <= head.seq) {
            final long from = expectedSeq - 1;
            final List<AuditEntry> page = QuarkusTransaction.requiringNew().call(() -> em
                    .createQuery("from AuditEntry where seq > ?1 and seq <= ?2 order by seq", AuditEntry.class)
                    .setParameter(1, from).setParameter(2, head.seq).setMaxResults(PAGE).getResultList());
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry e : page) {
                if (e.seq != expectedSeq) {
                    return broken(checked, expectedSeq, Reason.SEQ_GAP,
                            "entry " + expectedSeq + " is missing (next is " + e.seq + "): a row was deleted", head);
                }
                if (!e.prevHash.equals(prevHash)) {
                    return broken(checked, e.seq, Reason.PREV_HASH_MISMATCH, "entry " + e.seq
                            + " does not point at the entry before it: rows were removed, reordered or relinked", head);
                }
                if (!e.hash.equals(e.expectedHash())) {
                    return broken(checked, e.seq, Reason.HASH_MISMATCH,
                            "entry " + e.seq + " was altered after it was written", head);
                }
                prevHash = e.hash;
                expectedSeq++;
                checked++;
            }
        }
        if (checked != head.seq || !prevHash.equals(head.hash)) {
            final long at = checked < head.seq ? checked + 1 : head.seq;
            return broken(checked, at, Reason.HEAD_MISMATCH, "the chain ends at entry " + checked
                    + " but the head says " + head.seq + ": entries were cut off the end or the head was edited", head);
        }
        return new Result(true, checked, null, null, null, head.seq, head.hash);
    }

    private static Result broken(final long checked, final long seq, final Reason reason, final String detail,
            final AuditHead head) {
        return new Result(false, checked, seq, reason.code, detail, head.seq, head.hash);
    }
}
