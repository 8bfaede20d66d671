package vn.loa.portal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.area.AreaGuard;
import vn.loa.bulletin.Bulletin;
import vn.loa.bulletin.BulletinRequest;
import vn.loa.bulletin.BulletinService;
import vn.loa.bulletin.Priority;
import vn.loa.error.NotFoundException;

/**
 * New e-portal articles as suggestions for staff: those of the feeds of their own area and its ancestors (the
 * commune's e-portal and the province's), minus what someone of their area already dismissed or drafted. One click
 * makes an ordinary DRAFT bulletin of the article (then the usual four eyes); a second click, by anyone of the same
 * area, finds that draft instead of making another.
 */
@ApplicationScoped
public class Suggestions {

    /** An article offered to staff; {@code excerpt} is the start of its plain text. */
    public record Suggestion(long id, String title, String excerpt, String link, Instant publishedAt,
            Instant fetchedAt, String feed) {
    }

    /** The draft of an article: {@code made} is false when it existed already. */
    public record Draft(long bulletinId, boolean made) {
    }

    /** Characters of an article shown on the staff home. */
    static final int EXCERPT = 300;

    @Inject
    AreaGuard guard;

    @Inject
    AreaDirectory directory;

    @Inject
    BulletinService bulletins;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /** The newest articles the user has not dealt with, at most {@code loa.portal.suggestions}. */
    @Transactional
    public List<Suggestion> forUser(final String user) {
        final java.util.Optional<Long> mine = guard.areaOf(user);
        if (mine.isEmpty()) {
            return List.of();
        }
        return PortalArticle.getEntityManager().createQuery("select a, f.name from PortalArticle a, PortalFeed f "
                + "where a.feedId = f.id and f.areaId in :areas and not exists (select p.id from PortalPick p "
                + "where p.articleId = a.id and p.areaId = :mine) "
                + "order by coalesce(a.publishedAt, a.fetchedAt) desc, a.id desc", Object[].class)
                .setParameter("areas", feedAreas(mine.get())).setParameter("mine", mine.get())
                .setMaxResults(config.suggestions()).getResultList().stream().map(row -> {
                    final PortalArticle a = (PortalArticle) row[0];
                    return new Suggestion(a.id, a.title, excerpt(a.body), a.link, a.publishedAt, a.fetchedAt,
                            (String) row[1]);
                }).toList();
    }

    /** Hides the article from the user's area; nothing happens when it was dismissed or drafted already. */
    public void dismiss(final String user, final long articleId) {
        pick(user, articleId, null);
    }

    /** The DRAFT bulletin of the article in the user's area: made now, or the one made before. */
    public Draft draft(final String user, final long articleId) {
        return pick(user, articleId, user);
    }

    private Draft pick(final String user, final long articleId, final String author) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                final PortalArticle a = article(user, articleId);
                final long mine = guard.areaOf(user).orElseThrow();
                PortalPick p = PortalPick.find("articleId = ?1 and areaId = ?2", articleId, mine).firstResult();
                if (p != null && (p.bulletinId != null || author == null)) {
                    return new Draft(p.bulletinId == null ? 0 : p.bulletinId, false);
                }
                if (p == null) {
                    p = new PortalPick();
                    p.articleId = articleId;
                    p.areaId = mine;
                    p.createdAt = clock.instant();
                }
                p.username = user;
                if (author != null) {
                    p.bulletinId = bulletins.createFromSource(author, new BulletinRequest(a.title,
                            draftText(a.title, a.body), "vi", Priority.ROUTINE, null), a.link).id;
                }
                p.persist();
                PortalPick.flush();
                return new Draft(p.bulletinId == null ? 0 : p.bulletinId, true);
            });
        } catch (vn.loa.error.LoaException e) {
            throw e;
        } catch (RuntimeException e) {
            // someone of the same area clicked at the same instant: the unique (article, area) kept theirs
            final Draft first = QuarkusTransaction.requiringNew().call(() -> PortalPick.<PortalPick>find(
                    "articleId = ?1 and areaId = ?2", articleId, guard.areaOf(user).orElseThrow()).firstResultOptional()
                    .map(p -> new Draft(p.bulletinId == null ? 0 : p.bulletinId, false)).orElse(null));
            if (first == null || author != null && first.bulletinId() == 0) {
                throw e;
            }
            return first;
        }
    }

    /** An article of a feed of the user's area or above; outside it, it does not exist for them. */
    private PortalArticle article(final String user, final long id) {
        final PortalArticle a = PortalArticle.findById(id);
        final java.util.Optional<Long> mine = guard.areaOf(user);
        if (a == null || mine.isEmpty()) {
            throw new NotFoundException("portal article", id);
        }
        final PortalFeed f = PortalFeed.findById(a.feedId);
        if (f == null || !feedAreas(mine.get()).contains(f.areaId)) {
            throw new NotFoundException("portal article", id);
        }
        return a;
    }

    /** The area and its ancestors: whose e-portals speak to it. */
    private List<Long> feedAreas(final long areaId) {
        final List<Long> ids = new ArrayList<>();
        Long at = areaId;
        while (at != null && ids.size() < 8) {
            ids.add(at);
            final Area a = directory.get(at);
            at = a.parentId;
        }
        return ids;
    }

    /**
     * The bulletin's text: the article's (its title when it has none), cut at a word to fit the bulletin's limit
     * ({@link Bulletin#MAX_TEXT}) with a note saying so.
     */
    static String draftText(final String title, final String body) {
        final String text = body == null || body.isBlank() ? title : body;
        if (text.length() <= Bulletin.MAX_TEXT) {
            return text;
        }
        final String note = "\n\n[Đã cắt bớt: bài gốc dài " + text.length() + " ký tự, xem toàn văn ở nguồn. / "
                + "Shortened: the article has " + text.length() + " characters, see the source.]";
        final int room = Bulletin.MAX_TEXT - note.length() - 1;
        int end = room;
        while (end > room / 2 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end > room / 2 ? end : room).strip() + "…" + note;
    }

    private static String excerpt(final String body) {
        return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT).strip() + "…";
    }
}
