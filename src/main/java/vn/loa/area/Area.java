package vn.loa.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A province, commune or village, as data: borders move (Hà Giang became part of Tuyên Quang in 2025), so areas are
 * rows an administrator renames, moves and archives, never constants. Rules live in {@link AreaService}.
 */
@Entity
public class Area extends PanacheEntityBase {

    /** Longest name, in characters (as the receiver's commune and village columns). */
    public static final int MAX_NAME = 120;
    /** Longest administrative unit code, in characters (the official ones have 2 to 5 digits). */
    public static final int MAX_ADMIN_CODE = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AreaLevel level;

    @Column(nullable = false, length = MAX_NAME)
    public String name;

    /** The official administrative code, when known. */
    @Column(length = 32)
    public String code;

    /**
     * The Vietnamese administrative unit code (mã đơn vị hành chính, e.g. {@code 02} for Tuyên Quang's predecessor
     * Hà Giang, {@code 00721} for a commune), unique; CAP alerts name areas by it ({@code vn.loa.cap}).
     */
    @Column(name = "admin_code", length = MAX_ADMIN_CODE)
    public String adminCode;

    /**
     * What a CAP alert with urgency Immediate and severity Extreme or Severe from a trusted sender does here:
     * {@code WAIT} for approval (the default) or play at once, {@code IMMEDIATE} (approved by policy).
     */
    @Column(name = "cap_policy", nullable = false, length = 16)
    public String capPolicy = "WAIT";

    /**
     * Quiet hours set on this area, {@code HH:MM} local time (Asia/Ho_Chi_Minh); both null: inherited from the
     * parent, or the configured default at the top ({@link QuietHoursPolicy}).
     */
    @Column(name = "quiet_from", length = 5)
    public String quietFrom;

    @Column(name = "quiet_to", length = 5)
    public String quietTo;

    /** An archived area keeps its history readable but takes no new receivers, users or bulletins. */
    @Column(nullable = false)
    public boolean archived;

    /**
     * A commune's address on its public page, {@code /c/{publicSlug}} ({@link AreaSlugs}): ASCII, unique, given
     * when the commune is created and kept through renames so that links and podcast subscriptions stay valid;
     * null for provinces and villages.
     */
    @Column(name = "public_slug", length = AreaSlugs.MAX)
    public String publicSlug;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** {@link AreaKey#of} of the name: unique with {@link #parentKey} (V12); kept by {@link #keys()}. */
    @Column(name = "name_key", nullable = false, length = AreaKey.MAX)
    public String nameKey;

    /** The parent id, 0 for a province (SQL lets NULLs repeat in a unique key); kept by {@link #keys()}. */
    @Column(name = "parent_key", nullable = false)
    public long parentKey;

    @Version
    public int version;

    @PrePersist
    @PreUpdate
    void keys() {
        nameKey = AreaKey.of(name);
        parentKey = AreaKey.parentKey(parentId);
    }
}
