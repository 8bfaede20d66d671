package vn.loa.testbroadcast;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An area's test schedule (issue 10 item 5): when the test broadcast recurs, in which language, and whether it is on.
 * While on, {@link #seriesId} is the recurring series that plays it and {@link #bulletinId} its system TEST bulletin;
 * what played is in that series' broadcasts, never here.
 */
@Entity
@Table(name = "test_schedule")
public class TestSchedule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "area_id", nullable = false, unique = true)
    public Long areaId;

    @Column(name = "first_start", nullable = false)
    public Instant firstStart;

    @Column(nullable = false, length = 1000)
    public String rrule;

    /** {@code vi} or {@code en}: the language of the fixed sentence. */
    @Column(nullable = false, length = 8)
    public String language;

    /** How long after its start each test may still begin to play, in minutes. */
    @Column(name = "validity_minutes", nullable = false)
    public int validityMinutes;

    @Column(nullable = false)
    public boolean enabled;

    /** The approved system TEST bulletin in {@link #language}; kept when the schedule is switched off. */
    @Column(name = "bulletin_id")
    public Long bulletinId;

    /** The running series; null while off. */
    @Column(name = "series_id")
    public Long seriesId;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
