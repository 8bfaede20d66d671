package vn.loa.support;

import static vn.loa.support.Api.as;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.loa.portal.FeedPoller;
import vn.loa.portal.PortalArticle;

/**
 * An e-portal for the access matrices: a local HTTP server (127.0.0.1, free port, one per test JVM) serving one
 * RSS item per feed; {@link #article} makes a feed of an area, polls it and answers the stored article's id.
 */
public final class EPortal {

    private static final Map<String, String> TITLES = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static HttpServer server;

    private EPortal() {
    }

    /** A feed of {@code areaId} whose one item is titled {@code title}, polled; the article's id. */
    public static synchronized long article(final FeedPoller poller, final long areaId, final String title) {
        final String path = "/eportal/" + COUNTER.incrementAndGet() + ".rss";
        TITLES.put(path, title);
        final long feed = as("admin").body(Map.of("url", "http://127.0.0.1:" + start().getAddress().getPort() + path,
                "areaId", areaId)).post("/api/portal-feeds").then().statusCode(201).extract().jsonPath().getLong("id");
        poller.poll(feed);
        return QuarkusTransaction.requiringNew().call(() -> PortalArticle.<PortalArticle>find("feedId", feed)
                .firstResult().id);
    }

    private static HttpServer start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/eportal/", x -> {
                final String title = TITLES.getOrDefault(x.getRequestURI().getPath(), "?");
                final byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                        + "<title>Cổng</title><link>https://cong.example.vn/</link><description>d</description>"
                        + "<item><title>" + title + "</title><guid>" + x.getRequestURI().getPath() + "</guid>"
                        + "<link>https://cong.example.vn" + x.getRequestURI().getPath() + "</link>"
                        + "<description>Nội dung bài.</description></item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8);
                x.sendResponseHeaders(200, body.length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }
        return server;
    }
}
