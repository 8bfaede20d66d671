package vn.loa.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.loa.broadcast.DeliveryState;
import vn.loa.receiver.FleetConfig;

/**
 * Room: operations. Counts for {@code /q/metrics} that live in the database: deliveries by state
 * ({@code loa_deliveries{state}}), commands due and not yet sent ({@code loa_dispatch_backlog}) and receivers online
 * or offline ({@code loa_receivers{presence}}, offline as the fleet page says: not heard from for
 * {@code loa.fleet.offline-after}). Counted by three aggregate queries every {@code loa.metrics.refresh-interval};
 * a scrape only reads the last counts.
 */
@ApplicationScoped
public class StateGauges {

    private static final Logger LOG = Logger.getLogger(StateGauges.class);

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    FleetConfig fleet;

    @Inject
    Clock clock;

    /** Injected so that its default reaches the {@code @Scheduled} expression below (an unused mapping is dropped). */
    @Inject
    MetricsConfig config;

    private final Map<DeliveryState, AtomicLong> deliveries = new EnumMap<>(DeliveryState.class);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong online = new AtomicLong();
    private final AtomicLong offline = new AtomicLong();

    void register(@Observes final StartupEvent ignored) {
        for (DeliveryState s : DeliveryState.values()) {
            final AtomicLong n = deliveries.computeIfAbsent(s, k -> new AtomicLong());
            Gauge.builder("loa.deliveries", n, AtomicLong::get).description("Deliveries in each state")
                    .tag("state", s.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        Gauge.builder("loa.dispatch.backlog", backlog, AtomicLong::get)
                .description("Commands due to be sent (or sent again) and not yet taken by the broker")
                .register(registry);
        Gauge.builder("loa.receivers", online, AtomicLong::get).description("Registered receivers by presence")
                .tag("presence", "online").register(registry);
        Gauge.builder("loa.receivers", offline, AtomicLong::get).description("Registered receivers by presence")
                .tag("presence", "offline").register(registry);
        LOG.debugf("deliveries and receivers counted for the metrics every %s", config.refreshInterval());
    }

    @Scheduled(every = "{loa.metrics.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        try {
            count(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf("counting deliveries and receivers for the metrics failed (%s); the last counts stay", e);
        }
    }

    private void count(final Instant now) {
        final Map<DeliveryState, Long> byState = new EnumMap<>(DeliveryState.class);
        em.createQuery("select d.state, count(d) from Delivery d group by d.state", Object[].class).getResultList()
                .forEach(row -> byState.put((DeliveryState) row[0], ((Number) row[1]).longValue()));
        final long due = em.createQuery("select count(d) from Delivery d where (d.state = :queued and d.sendAfter "
                + "<= :now) or (d.resend = true and d.state = :sent)", Long.class)
                .setParameter("queued", DeliveryState.QUEUED).setParameter("sent", DeliveryState.SENT)
                .setParameter("now", now).getSingleResult();
        final Object[] presence = em.createQuery("select count(r), sum(case when r.online = true and r.lastSeenAt "
                + ">= :cutoff then 1 else 0 end) from Receiver r", Object[].class)
                .setParameter("cutoff", now.minus(fleet.offlineAfter())).getSingleResult();
        deliveries.forEach((s, n) -> n.set(byState.getOrDefault(s, 0L)));
        backlog.set(due);
        final long all = ((Number) presence[0]).longValue();
        final long up = presence[1] == null ? 0 : ((Number) presence[1]).longValue();
        online.set(up);
        offline.set(all - up);
    }
}
