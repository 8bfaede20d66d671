package vn.loa.report;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The database {@link LogBenchmark} runs against, made before the controller starts: Flyway migrates it, then
 * {@code bench/log-pg.sql} or {@code bench/log-h2.sql} generates {@code bench.deliveries} deliveries (see the
 * script's header for the shape). PostgreSQL when {@code loa.test.pg-url} is given (with the test profile
 * {@code test,pg}): schema {@code loa_bench} of that database, dropped at the end unless {@code bench.keep=true}
 * (then a later run with the same size reuses it); otherwise an H2 database in memory ({@code loa-bench}). Without
 * {@code bench.deliveries} it does nothing, so it never touches a database in a normal test run.
 */
public class LogBenchData implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(LogBenchData.class);
    static final String SCHEMA = "loa_bench";
    /** Broadcasts a day in the scripts, 50 deliveries each. */
    static final int BROADCASTS_PER_DAY = 548;

    private String url;
    private String user;

    static boolean enabled() {
        return System.getProperty("bench.deliveries") != null;
    }

    static long deliveries() {
        return Long.parseLong(System.getProperty("bench.deliveries")) / 50 * 50;
    }

    static boolean postgres() {
        return System.getProperty("loa.test.pg-url") != null;
    }

    /** Days the generated broadcasts cover, ending yesterday in Vietnam. */
    static int days() {
        return (int) ((deliveries() / 50 + BROADCASTS_PER_DAY - 1) / BROADCASTS_PER_DAY);
    }

    static LocalDate firstDay() {
        return LocalDate.now(LogFilter.ZONE).minusDays(days());
    }

    @Override
    public Map<String, String> start() {
        if (!enabled()) {
            return Map.of();
        }
        final String base = System.getProperty("loa.test.pg-url");
        url = postgres() ? base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                : "jdbc:h2:mem:loa-bench;DB_CLOSE_DELAY=-1";
        user = postgres() ? System.getProperty("loa.test.pg-user", "postgres") : "loa";
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            if (postgres() && count(c) == deliveries()) {
                LOG.infof("BENCHMARK log data: reusing %d deliveries in schema %s", deliveries(), SCHEMA);
            } else {
                generate(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the benchmark database " + url, e);
        }
        final Map<String, String> config = new HashMap<>();
        for (String profile : List.of("", "%test.", "%pg.")) {
            config.put(profile + "quarkus.datasource.jdbc.url", url);
            config.put(profile + "quarkus.datasource.username", user);
            if (postgres()) {
                config.put(profile + "quarkus.flyway.schemas", SCHEMA);
            }
        }
        return config;
    }

    private void generate(final Connection c) throws SQLException {
        final long t0 = System.nanoTime();
        if (postgres()) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
        final Flyway flyway = Flyway.configure().dataSource(url, user, "").locations("db/migration")
                .schemas(postgres() ? new String[] {SCHEMA} : new String[0]).load();
        flyway.migrate();
        final long t1 = System.nanoTime();
        final String start = firstDay().atStartOfDay(LogFilter.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX"));
        for (String sql : statements(postgres() ? "bench/log-pg.sql" : "bench/log-h2.sql")) {
            final long s0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute(sql.replace("${deliveries}", Long.toString(deliveries())).replace("${start}", start));
            }
            final long ms = (System.nanoTime() - s0) / 1_000_000;
            if (ms > 1000) {
                LOG.infof("BENCHMARK log data: %d ms for %s", ms, sql.lines().findFirst().orElse(""));
            }
        }
        LOG.infof("BENCHMARK log data: %d deliveries over %d days from %s generated in %d s (migrations %d s)",
                count(c), days(), start, (System.nanoTime() - t0) / 1_000_000_000, (t1 - t0) / 1_000_000_000);
    }

    private static long count(final Connection c) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM delivery")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return -1; // no schema yet
        }
    }

    /** A script's statements: each ends with ';' at a line's end; comment lines are left out. */
    static List<String> statements(final String resource) {
        final String text;
        try (InputStream in = LogBenchData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final List<String> out = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                final String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return out;
    }

    @Override
    public void stop() {
        if (!enabled() || !postgres() || Boolean.getBoolean("bench.keep")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            LOG.infof("BENCHMARK log data: schema %s dropped", SCHEMA);
        } catch (SQLException e) {
            LOG.warnf("could not drop schema %s: %s", SCHEMA, e.getMessage());
        }
    }
}
