package vn.loa.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import vn.loa.signing.Ed25519;

/**
 * A fleet of simulated receivers on one machine ({@link SimulatedReceiver}), standing in for N real ones to measure
 * the controller: each with its own broker credentials and client id, speaking protocol v1. The programmatic API is
 * {@link #start}, {@link #stats()} and {@link #close()}; {@link FleetMain} is the command line.
 */
public final class Fleet implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How the fleet behaves.
     *
     * @param brokerHost    the MQTT broker
     * @param brokerPort    its port
     * @param controllerUrl the controller's base URL to download audio from (PROTOCOL.md 9); null: no download, the
     *                      audio's SHA-256 is not checked and {@code downloaded} is acked at once
     * @param publicKey     the controller's Ed25519 public key (base64 of the raw 32 bytes) the commands must verify with
     * @param ackDelayMs    from a command's arrival to its {@code received} ack, milliseconds
     * @param downloadDelayMs added to the download before {@code downloaded}, milliseconds
     * @param jitterMs      each delay gets a random 0..jitterMs more, milliseconds
     * @param lossRate      the share of acks never sent (0 to 1)
     * @param connectConcurrency connections opened at once while starting
     * @param downloadConcurrency downloads running at once (the machine's limit, not a receiver's)
     */
    public record Options(String brokerHost, int brokerPort, String controllerUrl, String publicKey, long ackDelayMs,
            long downloadDelayMs, long jitterMs, double lossRate, int connectConcurrency, int downloadConcurrency) {

        public Options {
            if (lossRate < 0 || lossRate > 1) {
                throw new IllegalArgumentException("lossRate is between 0 and 1");
            }
            if (ackDelayMs < 0 || downloadDelayMs < 0 || jitterMs < 0) {
                throw new IllegalArgumentException("delays are not negative");
            }
            Ed25519.publicKey(publicKey); // refuses a key that is not one
        }

        /** No delay, no jitter, no loss, downloads on. */
        public static Options of(final String brokerHost, final int brokerPort, final String controllerUrl,
                final String publicKey) {
            return new Options(brokerHost, brokerPort, controllerUrl, publicKey, 0, 0, 0, 0, 200, 64);
        }

        public Options withDelays(final long ackDelayMs, final long downloadDelayMs, final long jitterMs) {
            return new Options(brokerHost, brokerPort, controllerUrl, publicKey, ackDelayMs, downloadDelayMs, jitterMs,
                    lossRate, connectConcurrency, downloadConcurrency);
        }

        public Options withLossRate(final double lossRate) {
            return new Options(brokerHost, brokerPort, controllerUrl, publicKey, ackDelayMs, downloadDelayMs, jitterMs,
                    lossRate, connectConcurrency, downloadConcurrency);
        }
    }

    /** A receiver's broker credentials, as the import's secrets file lists them. */
    public record Credentials(String id, String secret) {

        /** Reads an import's answer: {@code id,username,secret} with a header line. */
        public static List<Credentials> fromSecretsCsv(final String csv) {
            final List<Credentials> out = new ArrayList<>();
            csv.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
                final String[] f = l.split(",");
                out.add(new Credentials(f[1], f[2]));
            });
            return out;
        }

        public static List<Credentials> fromSecretsFile(final Path file) {
            try {
                return fromSecretsCsv(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    final Options options;
    final ScheduledExecutorService scheduler;
    private final PublicKey key;
    private final String keyId;
    private final HttpClient http;
    /** Runs the downloads, {@link Options#downloadConcurrency()} at a time, off the MQTT and timer threads. */
    private final ExecutorService downloads;
    private final List<SimulatedReceiver> receivers = new ArrayList<>();
    final FleetStats stats = new FleetStats();

    private Fleet(final Options options) {
        this.options = options;
        this.key = Ed25519.publicKey(options.publicKey());
        this.keyId = Ed25519.keyId(options.publicKey());
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            final Thread t = new Thread(r, "loa-sim");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.downloads = Executors.newFixedThreadPool(options.downloadConcurrency(), r -> {
            final Thread t = new Thread(r, "loa-sim-download");
            t.setDaemon(true);
            return t;
        });
    }

    /** Connects every receiver (subscribed, online status published) and returns the running fleet. */
    public static Fleet start(final Options options, final List<Credentials> credentials) {
        final Fleet fleet = new Fleet(options);
        final Semaphore connecting = new Semaphore(options.connectConcurrency());
        final List<CompletableFuture<Void>> connected = new ArrayList<>();
        try {
            for (Credentials c : credentials) {
                final SimulatedReceiver r = new SimulatedReceiver(fleet, c.id(), c.secret());
                fleet.receivers.add(r);
                connecting.acquire();
                connected.add(r.connect().whenComplete((x, e) -> connecting.release()));
            }
            CompletableFuture.allOf(connected.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            fleet.close();
            throw new IllegalStateException("the fleet could not connect: " + e.getMessage(), e);
        }
        return fleet;
    }

    public FleetStats stats() {
        return stats;
    }

    public int size() {
        return receivers.size();
    }

    PublicKey publicKey() {
        return key;
    }

    String keyId() {
        return keyId;
    }

    boolean lose() {
        return options.lossRate() > 0 && ThreadLocalRandom.current().nextDouble() < options.lossRate();
    }

    /**
     * Downloads a command's audio (PROTOCOL.md 9) and checks its size and SHA-256: null when it matches, else the
     * detail of the refusal ({@code sha256-mismatch: ...}); fails on a transport error or an HTTP status other
     * than 200. Each receiver downloads for itself, as real ones do; without a controller URL nothing is fetched.
     */
    CompletableFuture<String> download(final JsonNode audio) {
        if (options.controllerUrl() == null) {
            return CompletableFuture.completedFuture(null);
        }
        final String url = audio.path("url").asText();
        final URI uri = URI.create(url.startsWith("/") ? options.controllerUrl().replaceAll("/+$", "") + url : url);
        final String sha256 = audio.path("sha256").asText();
        final long bytes = audio.path("bytes").asLong();
        return CompletableFuture.supplyAsync(() -> {
            final HttpResponse<byte[]> r;
            try {
                r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("GET " + uri + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + ": HTTP " + r.statusCode());
            }
            stats.downloaded(r.body().length);
            final String actual = sha256(r.body());
            return r.body().length == bytes && actual.equals(sha256) ? null
                    : "sha256-mismatch: got " + r.body().length + " bytes, SHA-256 " + actual;
        }, downloads);
    }

    private static String sha256(final byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Says offline and disconnects every receiver. */
    @Override
    public void close() {
        final List<CompletableFuture<Void>> done = receivers.stream().map(SimulatedReceiver::disconnect).toList();
        try {
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing: a receiver that does not answer is left to its last will
        } finally {
            scheduler.shutdownNow();
            downloads.shutdownNow();
        }
    }
}
