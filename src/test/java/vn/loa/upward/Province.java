package vn.loa.upward;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A province server for the push tests ({@code com.sun.net.httpserver}): answers each request with the next status
 * of a plan (the last one repeats), or holds the answer back while {@link #slow} is set, and remembers what it got.
 */
final class Province implements AutoCloseable {

    /** What one request carried. */
    record Request(String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Request> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile int[] plan;
    private volatile CountDownLatch slow;

    Province(final int... statuses) {
        plan = statuses;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            final CountDownLatch hold = slow;
            if (hold != null) {
                try {
                    hold.await(10, TimeUnit.SECONDS); // the client gives up first: its timeout is 1 s in tests
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            final int[] p = plan;
            final int n = answered.getAndIncrement();
            exchange.sendResponseHeaders(p[Math.min(n, p.length - 1)], -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/loa";
    }

    List<Request> received() {
        return List.copyOf(received);
    }

    /** From now on, answer with these statuses. */
    void answer(final int... statuses) {
        answered.set(0);
        plan = statuses;
    }

    /** Hold every answer back until {@link #fast}. */
    void slow() {
        slow = new CountDownLatch(1);
    }

    void fast() {
        final CountDownLatch hold = slow;
        slow = null;
        if (hold != null) {
            hold.countDown();
        }
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        fast();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
