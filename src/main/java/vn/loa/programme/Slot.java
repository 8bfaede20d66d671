package vn.loa.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/**
 * A programme slot, the plan (issue 10 item 2): an area's named, recurring window ("Bản tin sáng 06:00") with a length
 * and the pause between its items. Its playlists are {@link SlotItem}s per occurrence; what played is in their
 * broadcasts' deliveries, never here.
 */
@Entity
public class Slot extends PanacheEntityBase {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "area_id", nullable = false)
    public Long areaId;

    @Column(nullable = false, length = MAX_NAME)
    public String name;

    @Column(name = "first_start", nullable = false)
    public Instant firstStart;

    @Column(nullable = false, length = 1000)
    public String rrule;

    @Column(length = 8000)
    public String exdate;

    /** Seconds one occurrence may last, items and pauses together. */
    @Column(name = "length_seconds", nullable = false)
    public int lengthSeconds;

    /** Seconds of silence between two items. */
    @Column(name = "pause_seconds", nullable = false)
    public int pauseSeconds;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    Duration length() {
        return Duration.ofSeconds(lengthSeconds);
    }
}
