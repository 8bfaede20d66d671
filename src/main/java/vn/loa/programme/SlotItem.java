package vn.loa.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One place in one occurrence of a {@link Slot}: a bulletin and the broadcast that plays it at {@link #playAt}. A
 * change to the occurrence replaces these rows; the broadcasts of items that went are canceled, not deleted.
 */
@Entity
@Table(name = "slot_item")
public class SlotItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "slot_id", nullable = false)
    public Long slotId;

    @Column(name = "occurrence_at", nullable = false)
    public Instant occurrenceAt;

    /** From 0. */
    @Column(name = "item_index", nullable = false)
    public int index;

    @Column(name = "bulletin_id", nullable = false)
    public Long bulletinId;

    @Column(name = "broadcast_id", nullable = false)
    public Long broadcastId;

    @Column(name = "play_at", nullable = false)
    public Instant playAt;

    /** The bulletin's audio length when it was placed (milliseconds). */
    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    @Column(name = "added_by", nullable = false, length = 64)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
