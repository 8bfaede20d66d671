package vn.loa.portal;

import static vn.loa.support.Api.as;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loa.support.Api;

/**
 * Feeds for the demo areas, served by a local {@link FeedServer} and polled once: the commune's (Lũng Cú, the demo
 * users' area), the province's (above it) and another commune's (Minh Tân). {@link #close} removes them.
 */
final class PortalFixture implements AutoCloseable {

    final FeedServer server;
    final long commune;
    final long province;
    final long otherCommune;
    final List<Long> feeds = new ArrayList<>();

    PortalFixture(final FeedPoller poller) throws IOException {
        server = new FeedServer()
                .on("/xa.rss", x -> FeedServer.send(x, 200, "application/rss+xml", Feeds.RSS))
                .on("/tinh.atom", x -> FeedServer.send(x, 200, "application/atom+xml", Feeds.ATOM))
                .on("/khac.rss", x -> FeedServer.send(x, 200, "application/rss+xml", Feeds.RSS));
        commune = Api.demoAreaId();
        province = as("admin").get("/api/areas/" + commune).then().statusCode(200).extract().jsonPath()
                .getLong("parentId");
        otherCommune = as("admin").get("/api/areas").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Minh Tân' }.id");
        feed("/xa.rss", commune, "Cổng xã");
        feed("/tinh.atom", province, "Cổng tỉnh");
        feed("/khac.rss", otherCommune, "Cổng xã khác");
        feeds.forEach(poller::poll);
    }

    private void feed(final String path, final long area, final String name) {
        feeds.add(as("admin").body(Map.of("url", server.url(path), "areaId", area, "name", name))
                .post("/api/portal-feeds").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    /** The ids of the articles of feed number {@code index} (0 commune, 1 province, 2 other commune). */
    List<Long> articles(final int index) {
        return PortalArticleIds.of(feeds.get(index));
    }

    @Override
    public void close() {
        feeds.forEach(id -> as("admin").delete("/api/portal-feeds/" + id));
        server.close();
    }
}
