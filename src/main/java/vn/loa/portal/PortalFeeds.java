package vn.loa.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaLevel;
import vn.loa.audit.AuditTrail;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/**
 * The e-portal feeds an administrator configures: each an absolute http(s) address of an RSS or Atom feed belonging
 * to a commune or a province. The REST API and the admin page both call this.
 */
@ApplicationScoped
public class PortalFeeds {

    /** A feed as the API and the admin page show it, with its last poll's result. */
    public record View(long id, long areaId, String area, String url, String name, boolean paused,
            Instant lastPolledAt, PortalFeed.Status lastStatus, String lastReason, Integer lastAdded, long articles,
            String createdBy, Instant createdAt) {
    }

    /** An area a feed may belong to, for the admin page's choice. */
    public record AreaChoice(long id, String path) {

        /** The id as the form sends it back. */
        public String key() {
            return Long.toString(id);
        }
    }

    @Inject
    AreaDirectory directory;

    @Inject
    AreaGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<View> list() {
        return PortalFeed.<PortalFeed>list("order by id").stream().map(this::view).toList();
    }

    @Transactional
    public View add(final String by, final String url, final long areaId, final String name) {
        final URI checked = checkUrl(url);
        final Area area = feedArea(areaId);
        guard.requireWithin(by, areaId);
        final String address = checked.toString();
        if (PortalFeed.count("areaId = ?1 and url = ?2", areaId, address) > 0) {
            throw new ConflictException("portal-feed-exists", "area " + areaId + " already has the feed " + address
                    + " / khu vực đã có nguồn tin này");
        }
        final PortalFeed f = new PortalFeed();
        f.areaId = area.id;
        f.url = address;
        f.name = name == null || name.isBlank() ? checked.getHost() : checkName(name);
        f.createdBy = by;
        f.createdAt = clock.instant();
        f.persist();
        audit.record(by, "portal-feed.added", "portal-feed", String.valueOf(f.id),
                AuditTrail.json("url", f.url, "areaId", f.areaId, "name", f.name));
        return view(f);
    }

    @Transactional
    public void remove(final String by, final long id) {
        final PortalFeed f = get(id, by);
        PortalPick.delete("articleId in (select a.id from PortalArticle a where a.feedId = ?1)", id);
        PortalArticle.delete("feedId", id);
        f.delete();
        audit.record(by, "portal-feed.removed", "portal-feed", String.valueOf(id), AuditTrail.json("url", f.url));
    }

    @Transactional
    public View pause(final String by, final long id, final boolean paused) {
        final PortalFeed f = get(id, by);
        f.paused = paused;
        audit.record(by, paused ? "portal-feed.paused" : "portal-feed.resumed", "portal-feed", String.valueOf(id),
                null);
        return view(f);
    }

    /** Provinces and communes that are open, by path: where a feed may belong. */
    @Transactional
    public List<AreaChoice> areaChoices() {
        return Area.<Area>list("archived = false and level in ?1", List.of(AreaLevel.PROVINCE, AreaLevel.COMMUNE))
                .stream().map(a -> new AreaChoice(a.id, directory.path(a.id)))
                .sorted(java.util.Comparator.comparing(AreaChoice::path)).toList();
    }

    private PortalFeed get(final long id, final String by) {
        final PortalFeed f = PortalFeed.findById(id);
        if (f == null || !guard.scope(by).contains(f.areaId)) {
            throw new NotFoundException("portal feed", id);
        }
        return f;
    }

    /** An open province or commune; a village, an archived or an unknown area is refused. */
    private Area feedArea(final long areaId) {
        final Area a;
        try {
            a = directory.get(areaId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("unknown-area", "area " + areaId + " does not exist / không có khu vực "
                    + areaId);
        }
        if (a.archived) {
            throw new InvalidInputException("unknown-area", "area " + areaId + " is archived / khu vực đã lưu trữ");
        }
        if (a.level == AreaLevel.VILLAGE) {
            throw new InvalidInputException("feed-area-level", "a feed belongs to a commune or a province, not to "
                    + "village " + areaId + " / nguồn tin thuộc về xã hoặc tỉnh, không thuộc thôn");
        }
        return a;
    }

    /** An absolute http(s) address with a host and no user name or password in it. */
    static URI checkUrl(final String url) {
        final String u = url == null ? "" : url.strip();
        final InvalidInputException bad = new InvalidInputException("invalid-feed-url", "the feed address must be "
                + "an absolute http:// or https:// address of at most " + PortalFeed.MAX_URL + " characters / địa "
                + "chỉ nguồn tin phải bắt đầu bằng http:// hoặc https://");
        if (u.isEmpty() || u.length() > PortalFeed.MAX_URL) {
            throw bad;
        }
        final URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw bad;
        }
        final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            throw bad;
        }
        return uri.normalize();
    }

    private static String checkName(final String name) {
        final String n = name.strip();
        if (n.length() > PortalFeed.MAX_NAME || n.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("invalid-feed-name", "the name must be one line of at most "
                    + PortalFeed.MAX_NAME + " characters / tên phải là một dòng, tối đa " + PortalFeed.MAX_NAME
                    + " ký tự");
        }
        return n;
    }

    private View view(final PortalFeed f) {
        return new View(f.id, f.areaId, directory.path(f.areaId), f.url, f.name, f.paused, f.lastPolledAt,
                f.lastStatus, f.lastReason, f.lastAdded, PortalArticle.count("feedId", f.id), f.createdBy,
                f.createdAt);
    }
}
