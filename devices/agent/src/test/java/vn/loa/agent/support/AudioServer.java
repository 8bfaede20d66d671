package vn.loa.agent.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDK HTTP server on 127.0.0.1 (free port) serving {@code /api/audio/<name>}, with {@code Range: bytes=N-}
 * support and faults to inject: failing requests, a first response cut short, ignoring Range.
 */
public final class AudioServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> rangeHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failStatus = 503;
    private volatile long cutFirstResponseAfter = -1;
    private volatile boolean ignoreRange;

    public AudioServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/audio/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves {@code data} at {@code /api/audio/<name>}; returns that path. */
    public String put(final String name, final byte[] data) {
        files.put(name, data);
        return "/api/audio/" + name;
    }

    public void failNext(final int count, final int status) {
        failStatus = status;
        failuresLeft.set(count);
    }

    /** The next full response sends only {@code bytes} bytes of the body, then closes the connection. */
    public void cutNextResponseAfter(final long bytes) {
        cutFirstResponseAfter = bytes;
    }

    public void ignoreRange(final boolean ignore) {
        ignoreRange = ignore;
    }

    public int requests() {
        return requests.get();
    }

    /** The Range headers received, null for none. */
    public List<String> rangeHeaders() {
        return rangeHeaders;
    }

    private void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            final String range = exchange.getRequestHeaders().getFirst("Range");
            rangeHeaders.add(String.valueOf(range));
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(failStatus, -1);
                return;
            }
            final String name = exchange.getRequestURI().getPath().substring("/api/audio/".length());
            final byte[] data = files.get(name);
            if (data == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int from = 0;
            final Matcher matcher = range == null ? null : RANGE.matcher(range);
            if (!ignoreRange && matcher != null && matcher.matches()) {
                from = Integer.parseInt(matcher.group(1));
                if (from >= data.length) {
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Range",
                        "bytes " + from + "-" + (data.length - 1) + "/" + data.length);
                exchange.sendResponseHeaders(206, data.length - from);
            } else {
                exchange.sendResponseHeaders(200, data.length);
            }
            final long cut = cutFirstResponseAfter;
            cutFirstResponseAfter = -1;
            final int length = cut >= 0 ? (int) Math.min(cut, data.length - from) : data.length - from;
            final OutputStream body = exchange.getResponseBody();
            body.write(data, from, length);
            body.flush();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
