package vn.loa.portal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** The stored articles of a feed, newest id first, read from the database by the tests. */
final class PortalArticleIds {

    private PortalArticleIds() {
    }

    static List<Long> of(final long feedId) {
        return QuarkusTransaction.requiringNew().call(() -> PortalArticle.<PortalArticle>list(
                "feedId = ?1 order by id", feedId).stream().map(a -> a.id).toList());
    }
}
