package vn.loa.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article of an e-portal feed, as polled, its HTML already turned into plain text ({@link HtmlText}). */
@Entity
@Table(name = "portal_article")
public class PortalArticle extends PanacheEntityBase {

    /** Longest title kept, in characters (a bulletin's title limit). */
    static final int MAX_TITLE = vn.loa.bulletin.Bulletin.MAX_TITLE;
    /** Longest text kept, in characters; a draft takes at most the bulletin's limit of it. */
    static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "feed_id", nullable = false)
    public Long feedId;

    /** SHA-256 (hex) of the item's guid, or link, or title: unique per feed, so a re-poll adds nothing twice. */
    @Column(name = "item_key", nullable = false, length = 64)
    public String itemKey;

    @Column(nullable = false, length = MAX_TITLE)
    public String title;

    /** The article's http(s) address; null when the item gave none that is safe to link to. */
    @Column(length = PortalFeed.MAX_URL)
    public String link;

    @Column(nullable = false, length = MAX_BODY)
    public String body;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;
}
