package vn.loa.upward;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A province endpoint that receives the report of one area (and optionally each final result there). The secret is
 * stored as given because it must be sent; {@link TargetView} is what answers and pages show instead.
 */
@Entity
@Table(name = "upward_target")
public class UpwardTarget extends PanacheEntityBase {

    /** How the target wants to be authenticated. */
    public enum Auth { NONE, BEARER, BASIC }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 60)
    public String name;

    @Column(nullable = false, length = 500)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Auth auth;

    @Column(length = 100)
    public String username;

    /** The bearer token or the basic password; never shown. */
    @Column(length = 500)
    public String secret;

    @Column(name = "area_id", nullable = false)
    public Long areaId;

    /** The previous day's report is queued for it every night ({@link UpwardConfig#dailyCron()}). */
    @Column(name = "daily_report", nullable = false)
    public boolean dailyReport;

    /** Each final result in its area is queued for it as it happens ({@link FinalResults}). */
    @Column(nullable = false)
    public boolean results;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
