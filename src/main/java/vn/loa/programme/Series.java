package vn.loa.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/**
 * The plan of a recurring broadcast: a bulletin, its targets, a first start and an RFC 5545 rule. What played is in
 * the broadcasts of its occurrences, never here; the rule text is never rewritten (a change is a split).
 */
@Entity
public class Series extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bulletin_id", nullable = false)
    public Long bulletinId;

    /** The targets as requested (JSON), resolved again for each occurrence when it is expanded. */
    @Column(nullable = false, length = 262144)
    public String targets;

    @Column(name = "first_start", nullable = false)
    public Instant firstStart;

    @Column(nullable = false, length = 1000)
    public String rrule;

    @Column(length = 8000)
    public String exdate;

    /** Each occurrence's expiresAt is its start plus this (milliseconds). */
    @Column(name = "validity_ms", nullable = false)
    public long validityMs;

    /** Occurrences at or after this instant are no longer the series' (ended or split); null while it runs. */
    @Column(name = "ends_before")
    public Instant endsBefore;

    /** The series this one continues after a split. */
    @Column(name = "parent_id")
    public Long parentId;

    /** Occurrences before this instant have been expanded into broadcasts (or were past when it ran). */
    @Column(name = "expanded_to")
    public Instant expandedTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SeriesState state;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "ended_by", length = 64)
    public String endedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    Duration validity() {
        return Duration.ofMillis(validityMs);
    }
}
