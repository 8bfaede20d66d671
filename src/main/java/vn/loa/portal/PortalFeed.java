package vn.loa.portal;

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

/** An RSS or Atom feed of a commune's or province's e-portal, and what its last poll found. */
@Entity
@Table(name = "portal_feed")
public class PortalFeed extends PanacheEntityBase {

    /** Longest feed address, in characters. */
    public static final int MAX_URL = 1000;
    /** Longest name, in characters. */
    public static final int MAX_NAME = 200;
    /** Longest reason kept for a failed poll, in characters. */
    static final int MAX_REASON = 500;

    /** What the last poll found. */
    public enum Status {
        /** Fetched and parsed; {@link #lastAdded} new articles. */
        OK,
        /** The e-portal answered 304: nothing new. */
        NOT_MODIFIED,
        /** Failed: {@link #lastReason} says why, in plain words. */
        ERROR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The commune or province whose e-portal this is; its staff and those below see the suggestions. */
    @Column(name = "area_id", nullable = false)
    public Long areaId;

    /** An absolute http(s) address. */
    @Column(nullable = false, length = MAX_URL)
    public String url;

    @Column(nullable = false, length = MAX_NAME)
    public String name;

    /** A paused feed is not polled; its articles stay. */
    @Column(nullable = false)
    public boolean paused;

    /** The last answer's ETag, sent back as If-None-Match. */
    @Column(length = 500)
    public String etag;

    /** The last answer's Last-Modified, sent back as If-Modified-Since. */
    @Column(name = "last_modified", length = 100)
    public String lastModified;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_status", length = 16)
    public Status lastStatus;

    @Column(name = "last_reason", length = MAX_REASON)
    public String lastReason;

    /** Articles the last successful poll added. */
    @Column(name = "last_added")
    public Integer lastAdded;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
