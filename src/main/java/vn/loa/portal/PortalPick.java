package vn.loa.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What an area's staff did with a suggested article: made a draft of it ({@link #bulletinId}) or dismissed it (null).
 * Unique per (article, area), so a second click finds the first one's draft instead of making another.
 */
@Entity
@Table(name = "portal_pick")
public class PortalPick extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    /** The area of the staff member who acted: the suggestion disappears for everyone there. */
    @Column(name = "area_id", nullable = false)
    public Long areaId;

    @Column(nullable = false, length = 64)
    public String username;

    /** The draft made from the article; null: dismissed. */
    @Column(name = "bulletin_id")
    public Long bulletinId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
