package vn.loa.portal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Polls every feed that is not paused, every {@code loa.portal.poll-interval}: a conditional GET
 * ({@link FeedFetcher}), Rome ({@link FeedParser}), new articles stored once per (feed, item key). Each feed's result
 * (ok, not modified, error with its reason) is kept on the feed for the admin page; a bad feed never stops the others
 * and nothing a feed does escapes this class. Fetching happens outside any transaction.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    @Inject
    FeedFetcher fetcher;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /** One round at a time, whether the timer or a test started it. */
    private final ReentrantLock round = new ReentrantLock();

    @Scheduled(identity = "portal-poll", every = "{loa.portal.poll-interval}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        pollAll();
    }

    /** Polls every feed that is not paused, one after the other; the number of articles added. */
    public int pollAll() {
        round.lock();
        try {
            final List<Long> ids = QuarkusTransaction.requiringNew().call(() -> PortalFeed
                    .<PortalFeed>list("paused = false order by id").stream().map(f -> f.id).toList());
            int added = 0;
            for (long id : ids) {
                try {
                    added += poll(id);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "e-portal feed %d: the poll failed", id);
                    try {
                        record(id, PortalFeed.Status.ERROR, "internal error / lỗi nội bộ: "
                                + e.getClass().getSimpleName(), null, null, 0);
                    } catch (RuntimeException again) {
                        LOG.warnf(again, "e-portal feed %d: its result could not be recorded", id);
                    }
                }
            }
            return added;
        } finally {
            round.unlock();
        }
    }

    /** Polls one feed now, paused or not; the number of articles added. */
    public int poll(final long feedId) {
        final PortalFeed feed = QuarkusTransaction.requiringNew().call(() -> PortalFeed.findById(feedId));
        if (feed == null) {
            return 0;
        }
        final URI url = URI.create(feed.url);
        final FeedFetcher.Fetched got = fetcher.fetch(url, feed.etag, feed.lastModified);
        if (got instanceof FeedFetcher.NotModified) {
            return record(feedId, PortalFeed.Status.NOT_MODIFIED, null, feed.etag, feed.lastModified, 0);
        }
        if (got instanceof FeedFetcher.Failed failed) {
            return record(feedId, PortalFeed.Status.ERROR, failed.reason(), null, null, 0);
        }
        final FeedFetcher.Body body = (FeedFetcher.Body) got;
        final List<FeedParser.Item> items;
        try {
            items = FeedParser.parse(body.bytes(), url, config.maxItems());
        } catch (FeedParser.Refused e) {
            return record(feedId, PortalFeed.Status.ERROR, e.getMessage(), null, null, 0);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            final int added = store(feedId, items);
            record(feedId, PortalFeed.Status.OK, null, body.etag(), body.lastModified(), added);
            return added;
        });
    }

    /** Stores the items not stored yet; the number stored. */
    private int store(final long feedId, final List<FeedParser.Item> items) {
        final Map<String, FeedParser.Item> byKey = new LinkedHashMap<>();
        items.forEach(i -> byKey.putIfAbsent(i.key(), i));
        if (byKey.isEmpty()) {
            return 0;
        }
        final Set<String> known = Set.copyOf(PortalArticle.getEntityManager().createQuery(
                "select a.itemKey from PortalArticle a where a.feedId = :f and a.itemKey in :k", String.class)
                .setParameter("f", feedId).setParameter("k", byKey.keySet()).getResultList());
        int added = 0;
        for (FeedParser.Item i : byKey.values()) {
            if (known.contains(i.key())) {
                continue;
            }
            final PortalArticle a = new PortalArticle();
            a.feedId = feedId;
            a.itemKey = i.key();
            a.title = i.title();
            a.link = i.link();
            a.body = i.text();
            a.publishedAt = i.published();
            a.fetchedAt = clock.instant();
            a.persist();
            added++;
        }
        return added;
    }

    /** Keeps the poll's result on the feed (in the caller's transaction, or a new one); returns {@code added}. */
    private int record(final long feedId, final PortalFeed.Status status, final String reason, final String etag,
            final String lastModified, final int added) {
        QuarkusTransaction.joiningExisting().run(() -> {
            final PortalFeed f = PortalFeed.findById(feedId);
            if (f == null) {
                return;
            }
            f.lastStatus = status;
            f.lastReason = reason == null ? null : FeedParser.cut(reason, PortalFeed.MAX_REASON);
            f.etag = etag == null ? null : FeedParser.cut(etag, 500);
            f.lastModified = lastModified == null ? null : FeedParser.cut(lastModified, 100);
            f.lastPolledAt = clock.instant();
            f.lastAdded = added;
        });
        return added;
    }
}
