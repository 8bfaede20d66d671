package vn.loa.upward;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Every night ({@link UpwardConfig#dailyCron()}, Vietnam time) queues the previous day's report for each enabled
 * target that wants it. With several controllers each would queue it: run the nightly job on one of them
 * ({@code quarkus.scheduler.enabled} or a cron that never fires elsewhere), or let the province ignore a duplicate
 * report, which carries the same period.
 */
@ApplicationScoped
public class DailyReports {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Scheduled(cron = "{loa.upward.daily-cron}", timeZone = "Asia/Ho_Chi_Minh")
    void nightly() {
        queueYesterday();
    }

    /** Queues yesterday's report for every enabled target with a daily report; returns how many. */
    @Transactional
    public int queueYesterday() {
        final Period yesterday = Period.yesterday(clock);
        final List<UpwardTarget> targets = UpwardTarget.list("enabled = true and dailyReport = true");
        targets.forEach(t -> outbox.queueReport(t, yesterday.from(), yesterday.to()));
        return targets.size();
    }
}
