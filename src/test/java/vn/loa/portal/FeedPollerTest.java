package vn.loa.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.loa.support.Api;

/**
 * {@link FeedPoller} against e-portals served by a local HTTP server: RSS and Atom stored once, conditional GET, and
 * every way a feed goes bad (malformed, not XML, an external entity, huge, slow, gone, refused) reported on the
 * feed without stopping the poller. {@code %test} limits: 256 KiB, 2 s.
 */
@QuarkusTest
class FeedPollerTest {

    private static final int LIMIT = 262_144;

    @Inject
    FeedPoller poller;

    private final List<Long> feeds = new ArrayList<>();
    private final List<FeedServer> servers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        feeds.forEach(id -> as("admin").delete("/api/portal-feeds/" + id));
        servers.forEach(FeedServer::close);
    }

    private FeedServer server() throws IOException {
        final FeedServer s = new FeedServer();
        servers.add(s);
        return s;
    }

    private long feed(final String url) {
        final long id = as("admin").body(Map.of("url", url, "areaId", Api.demoAreaId()))
                .post("/api/portal-feeds").then().statusCode(201).extract().jsonPath().getLong("id");
        feeds.add(id);
        return id;
    }

    private static JsonPath view(final long id) {
        return as("admin").get("/api/portal-feeds").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.id == " + id + " }");
    }

    @Test
    void rss_storedOnce_thenConditionalGet_304_addsNothing() throws Exception {
        final FeedServer s = server().on("/rss.xml", x -> {
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            x.getResponseHeaders().set("ETag", "\"v1\"");
            x.getResponseHeaders().set("Last-Modified", "Mon, 07 Dec 2026 01:00:00 GMT");
            FeedServer.send(x, 200, "application/rss+xml", Feeds.RSS);
        });
        final long id = feed(s.url("/rss.xml"));
        assertEquals(2, poller.poll(id));
        assertEquals("OK", view(id).getString("lastStatus"));
        assertEquals(2, view(id).getInt("articles"));

        assertEquals(0, poller.poll(id));
        final FeedServer.Seen second = s.seen.get(1);
        assertEquals("\"v1\"", second.ifNoneMatch(), "the ETag is sent back");
        assertEquals("Mon, 07 Dec 2026 01:00:00 GMT", second.ifModifiedSince());
        assertEquals("NOT_MODIFIED", view(id).getString("lastStatus"));
        assertEquals(2, view(id).getInt("articles"), "nothing added");
    }

    @Test
    void repoll_withoutValidators_addsNothingTwice() throws Exception {
        final FeedServer s = server().on("/rss.xml", x -> FeedServer.send(x, 200, "text/xml", Feeds.RSS));
        final long id = feed(s.url("/rss.xml"));
        assertEquals(2, poller.poll(id));
        assertEquals(0, poller.poll(id));
        assertNull(s.seen.get(1).ifNoneMatch());
        assertEquals(2, view(id).getInt("articles"));
        assertEquals(0, view(id).getInt("lastAdded"));
    }

    @Test
    void atom_parsed() throws Exception {
        final FeedServer s = server().on("/atom", x -> FeedServer.send(x, 200, "application/atom+xml", Feeds.ATOM));
        final long id = feed(s.url("/atom"));
        assertEquals(1, poller.poll(id));
        assertEquals("OK", view(id).getString("lastStatus"));
    }

    @Test
    void malformedXml_notXml_andExternalEntity_reportedAsErrors() throws Exception {
        final java.nio.file.Path secret = java.nio.file.Files.createTempFile("loa-xxe", ".txt");
        java.nio.file.Files.writeString(secret, "MAT-KHAU-BI-MAT");
        final FeedServer s = server()
                .on("/malformed", x -> FeedServer.send(x, 200, "text/xml", Feeds.MALFORMED))
                .on("/json", x -> FeedServer.send(x, 200, "application/json", Feeds.NOT_XML))
                .on("/xxe", x -> FeedServer.send(x, 200, "text/xml", Feeds.xxe(secret.toUri().toString())));
        final long malformed = feed(s.url("/malformed"));
        final long json = feed(s.url("/json"));
        final long xxe = feed(s.url("/xxe"));
        assertEquals(0, poller.poll(malformed));
        assertEquals(0, poller.poll(json));
        assertEquals(0, poller.poll(xxe));
        for (long id : List.of(malformed, json)) {
            assertEquals("ERROR", view(id).getString("lastStatus"));
            assertTrue(view(id).getString("lastReason").startsWith("not an RSS or Atom feed"),
                    view(id).getString("lastReason"));
        }
        assertEquals("ERROR", view(xxe).getString("lastStatus"));
        assertTrue(view(xxe).getString("lastReason").contains("DOCTYPE"));
        assertEquals(0, view(xxe).getInt("articles"));
        java.nio.file.Files.delete(secret);
    }

    @Test
    void huge_refused_andThePollerStopsReading() throws Exception {
        final long total = 64L * 1024 * 1024;
        final AtomicLong written = new AtomicLong();
        final AtomicBoolean ended = new AtomicBoolean();
        final FeedServer s = server().on("/huge", x -> {
            x.sendResponseHeaders(200, 0); // chunked: no length announced, so the limit must hold while reading
            final byte[] chunk = ("<item><title>x</title></item>".repeat(2000)).getBytes();
            try (OutputStream out = x.getResponseBody()) {
                out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes());
                while (written.get() < total) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException closedByTheClient) {
                // expected: the poller hung up
            } finally {
                ended.set(true);
            }
        }).on("/declared", x -> {
            x.sendResponseHeaders(200, 10L * 1024 * 1024);
            ended.get();
        });
        final long id = feed(s.url("/huge"));
        assertEquals(0, poller.poll(id));
        assertEquals("ERROR", view(id).getString("lastStatus"));
        assertTrue(view(id).getString("lastReason").contains("larger than " + LIMIT + " bytes"),
                view(id).getString("lastReason"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilTrue(ended);
        System.out.printf("huge feed: the server wrote %d bytes of %d before the poller hung up (limit %d)%n",
                written.get(), total, LIMIT);
        assertTrue(written.get() < 8L * 1024 * 1024, "stopped reading: " + written.get() + " bytes written");

        final long declared = feed(s.url("/declared"));
        poller.poll(declared);
        assertTrue(view(declared).getString("lastReason").contains("larger than"));
    }

    @Test
    void slow_timesOut_withinTheRequestTimeout() throws Exception {
        final CountDownLatch release = new CountDownLatch(1);
        final FeedServer s = server().on("/slow", x -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FeedServer.send(x, 200, "text/xml", Feeds.RSS);
        });
        final long id = feed(s.url("/slow"));
        final long start = System.nanoTime();
        assertEquals(0, poller.poll(id));
        final long ms = (System.nanoTime() - start) / 1_000_000;
        release.countDown();
        assertEquals("ERROR", view(id).getString("lastStatus"));
        assertTrue(view(id).getString("lastReason").startsWith("no complete answer within 2 s"),
                view(id).getString("lastReason"));
        assertTrue(ms < 6_000, "gave up after " + ms + " ms");
    }

    @Test
    void gone_404_andConnectionRefused() throws Exception {
        final FeedServer s = server().on("/gone", x -> FeedServer.send(x, 404, "text/html", "<h1>Không có</h1>"));
        final long gone = feed(s.url("/gone"));
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        final long refused = feed("http://127.0.0.1:" + closedPort + "/rss.xml");
        assertEquals(0, poller.poll(gone));
        assertEquals(0, poller.poll(refused));
        assertEquals("HTTP 404 / máy chủ trả lời 404", view(gone).getString("lastReason"));
        assertTrue(view(refused).getString("lastReason").startsWith("connection refused"),
                view(refused).getString("lastReason"));
    }

    @Test
    void pollAll_aBadFeed_neverStopsTheOthers_andPausedFeedsWait() throws Exception {
        final FeedServer s = server()
                .on("/gone", x -> FeedServer.send(x, 404, "text/plain", "gone"))
                .on("/rss.xml", x -> FeedServer.send(x, 200, "text/xml", Feeds.RSS))
                .on("/atom", x -> FeedServer.send(x, 200, "application/atom+xml", Feeds.ATOM));
        final long bad = feed(s.url("/gone"));
        final long good = feed(s.url("/rss.xml"));
        final long paused = feed(s.url("/atom"));
        as("admin").body(Map.of("paused", true)).put("/api/portal-feeds/" + paused + "/paused").then()
                .statusCode(200);
        poller.pollAll();
        assertEquals("ERROR", view(bad).getString("lastStatus"));
        assertEquals("OK", view(good).getString("lastStatus"));
        assertEquals(2, view(good).getInt("articles"));
        assertNull(view(paused).getString("lastStatus"), "a paused feed is not polled");
        assertTrue(s.seen.stream().noneMatch(r -> r.path().equals("/atom")));
    }
}
