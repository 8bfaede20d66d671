package vn.loa.upward;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.loa.report.Coverage;
import vn.loa.report.Reach;

/**
 * What a commune (or any area) broadcast in a period, for the province: the model behind the JSON
 * ({@code src/main/resources/upward/upward-report.schema.json} describes it), the CSV and the XLSX. Everything is
 * limited to the receivers inside {@link #area}: a broadcast that also played elsewhere shows only its part here.
 * The period is on the scheduled time, {@code from} inclusive, {@code to} exclusive. {@code reached}: the villages the
 * area's receivers reach by FM or wire besides their own, each through its receiver (issue 16 item 5).
 */
public record UpwardReport(int version, AreaRef area, Instant from, Instant to, Instant generatedAt,
        List<BulletinLine> bulletins, List<BroadcastLine> broadcasts, List<ResultLine> results,
        List<ReceiverLine> receivers, List<Coverage> coverage, List<Reach> reached) {

    /** The version of the JSON shape; the schema's {@code version} const. */
    public static final int VERSION = 1;

    public record AreaRef(long id, String name, String level, String path) {
    }

    /** @param kind {@code text} (spoken by the controller) or {@code recording} */
    public record BulletinLine(long id, String title, String language, String kind, String priority, String author,
            String approver, Instant createdAt, Instant submittedAt, Instant approvedAt) {
    }

    /**
     * @param receivers how many receivers inside the area it was sent to
     * @param villages  their villages, by name
     */
    public record BroadcastLine(long id, long bulletinId, Instant plannedAt, Instant expiresAt, String createdBy,
            Instant createdAt, Instant canceledAt, int receivers, List<String> villages) {
    }

    /** One broadcast on one receiver: its final (or current) state and what the receiver reported. */
    public record ResultLine(long broadcastId, long bulletinId, String receiverId, String commune, String village,
            Instant plannedAt, String state, Instant startedAt, Instant finishedAt, Instant reportedAt,
            boolean reportedLate, String detail) {
    }

    /**
     * A receiver's status now and its uptime in the period ({@link Uptime}).
     *
     * @param online connected and heard from within {@code loa.fleet.offline-after}, as the fleet page says
     */
    public record ReceiverLine(String id, String name, String commune, String village, boolean online,
            Instant lastSeenAt, Instant statusAt, String firmware, String powerSource, Integer batteryPercent,
            Integer signalDbm, UptimeLine uptime) {
    }

    /**
     * @param observedSeconds the part of the period the receiver existed and that has passed
     * @param onlineSeconds   of which it was online
     * @param percent         one decimal; null when nothing was observed
     */
    public record UptimeLine(long observedSeconds, long onlineSeconds, BigDecimal percent) {
    }
}
