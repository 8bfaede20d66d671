package vn.loa.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one-row head of the chain: the last entry's seq and hash. Every append locks it ({@code SELECT ... FOR
 * UPDATE}), so appends from any number of threads or controller instances on one database form a single chain.
 */
@Entity
@Table(name = "audit_head")
class AuditHead extends PanacheEntityBase {

    static final int ID = 1;

    @Id
    public int id;

    @Column(nullable = false)
    public long seq;

    @Column(nullable = false, length = 64)
    public String hash;
}
