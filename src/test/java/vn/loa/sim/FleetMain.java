package vn.loa.sim;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The fleet simulator from the command line, against a running controller and broker: every receiver of a secrets
 * file (the answer of {@code POST /api/receivers/import}) connects and plays what it is sent until Ctrl-C; a line of
 * counts every 10 s. Options ({@code --name=value}): {@code secrets} (file, required), {@code key} (the controller's
 * public key, {@code GET /api/keys/controller}, required), {@code broker} ({@code host:port}, default
 * {@code 127.0.0.1:1884}), {@code controller} (base URL for downloads, default {@code http://127.0.0.1:8080};
 * {@code none} for no download), {@code ack-delay}, {@code download-delay}, {@code jitter} (milliseconds, default 0),
 * {@code loss} (share of acks never sent, default 0), {@code limit} (use the first N receivers of the file).
 */
public final class FleetMain {

    private FleetMain() {
    }

    public static void main(final String[] args) throws InterruptedException {
        final Map<String, String> o = options(args);
        if (!o.containsKey("secrets") || !o.containsKey("key")) {
            System.err.println("usage: FleetMain --secrets=secrets.csv --key=<controller public key> "
                    + "[--broker=127.0.0.1:1884] [--controller=http://127.0.0.1:8080|none] [--ack-delay=ms] "
                    + "[--download-delay=ms] [--jitter=ms] [--loss=0.0] [--limit=N]");
            System.exit(2);
        }
        final String[] broker = o.getOrDefault("broker", "127.0.0.1:1884").split(":");
        final String controller = o.getOrDefault("controller", "http://127.0.0.1:8080");
        final Fleet.Options options = Fleet.Options.of(broker[0], Integer.parseInt(broker[1]),
                "none".equals(controller) ? null : controller, o.get("key"))
                .withDelays(Long.parseLong(o.getOrDefault("ack-delay", "0")),
                        Long.parseLong(o.getOrDefault("download-delay", "0")), Long.parseLong(o.getOrDefault("jitter", "0")))
                .withLossRate(Double.parseDouble(o.getOrDefault("loss", "0")));
        List<Fleet.Credentials> credentials = Fleet.Credentials.fromSecretsFile(Path.of(o.get("secrets")));
        if (o.containsKey("limit")) {
            credentials = credentials.subList(0, Math.min(credentials.size(), Integer.parseInt(o.get("limit"))));
        }
        final long start = System.nanoTime();
        final Fleet fleet = Fleet.start(options, credentials);
        System.out.printf("%d receivers connected in %d ms%n", fleet.size(), (System.nanoTime() - start) / 1_000_000);
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fleet.close();
            stopped.countDown();
        }));
        while (!stopped.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
            System.out.println(fleet.stats());
        }
    }

    private static Map<String, String> options(final String[] args) {
        final Map<String, String> o = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + a);
            }
            o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return o;
    }
}
