package vn.loa.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded action in the audit trail. Written once by {@link AuditTrail}, never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 64)
    public String actor;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(name = "subject_type", nullable = false, length = 32)
    public String subjectType;

    @Column(name = "subject_id", nullable = false, length = 128)
    public String subjectId;

    @Column(length = AuditTrail.MAX_DETAIL)
    public String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, length = 64)
    public String hash;

    /** The hash this entry should carry, recomputed from its fields. */
    String expectedHash() {
        return AuditHash.hash(seq, at, actor, action, subjectType, subjectId, detail, prevHash);
    }
}
