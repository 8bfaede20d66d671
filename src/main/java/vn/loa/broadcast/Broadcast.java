package vn.loa.broadcast;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The plan: an approved bulletin to be played at {@code playAt} on a set of receivers. Never overwritten by outcomes. */
@Entity
public class Broadcast extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bulletin_id", nullable = false)
    public Long bulletinId;

    @Column(name = "play_at", nullable = false)
    public Instant playAt;

    /** After this instant receivers must not start playing (they ack {@code expired}). */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** The targets as requested (JSON), kept for the record; deliveries hold the resolved receivers. */
    @Column(nullable = false, length = 262144)
    public String targets;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set when the broadcast was withdrawn ({@link BroadcastCancellation}); null otherwise. */
    @Column(name = "canceled_by", length = 64)
    public String canceledBy;

    @Column(name = "canceled_at")
    public Instant canceledAt;

    @Column(name = "cancel_reason", length = 500)
    public String cancelReason;

    /** The recurring series this broadcast is an occurrence of ({@code vn.loa.programme}); null for a one-off. */
    @Column(name = "series_id")
    public Long seriesId;

    /**
     * The occurrence's start in its series' rule (equals {@link #playAt}), or in its slot's rule (the slot item plays
     * at or after it); null for a one-off.
     */
    @Column(name = "occurrence_at")
    public Instant occurrenceAt;

    /** The programme slot this broadcast plays an item of ({@code vn.loa.programme.Slot}); null otherwise. */
    @Column(name = "slot_id")
    public Long slotId;

    /** The item's place in its slot occurrence, from 0; null outside a slot. */
    @Column(name = "slot_index")
    public Integer slotIndex;
}
