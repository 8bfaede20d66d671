package vn.loa.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Room: operations. How the counts on {@code /q/metrics} are kept ({@code loa.metrics.*}). */
@ConfigMapping(prefix = "loa.metrics")
public interface MetricsConfig {
    /**
     * How often deliveries by state, the dispatch backlog and receivers online are counted (Quarkus duration, e.g.
     * 30s): a few GROUP BY queries on a timer, never one per scrape, so a Prometheus polling every few seconds
     * costs the database nothing.
     */
    @WithDefault("30s")
    String refreshInterval();
}
