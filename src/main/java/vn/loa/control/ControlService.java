package vn.loa.control;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;
import vn.loa.error.InvalidInputException;
import vn.loa.receiver.Receiver;
import vn.loa.signing.ControllerKeys;

/** The operator's control commands: the kill switch and key rotation. */
@ApplicationScoped
public class ControlService {

    /** A stop older than this is ignored by receivers: stopping a later broadcast by accident would be worse. */
    static final Duration STOP_VALIDITY = Duration.ofMinutes(5);
    /** Receivers offline for up to this long still get the new key when they come back. */
    static final Duration ROTATE_VALIDITY = Duration.ofDays(30);

    @Inject
    Clock clock;

    @Inject
    ControllerKeys keys;

    @Inject
    vn.loa.audit.AuditTrail audit;

    @Inject
    AreaGuard guard;

    /** A digest will do: the receiver reports what it knows, and the controller repairs what was lost. */
    static final Duration REPORT_VALIDITY = Duration.ofMinutes(10);

    /** Stops playback on the named receivers, or on all of them in the caller's area (403 for any outside it). */
    @Transactional
    public List<ControlCommand> stop(final String by, final List<String> receiverIds, final boolean all) {
        return recorded(by, "control.stop", all, queueAll(ControlType.STOP, STOP_VALIDITY, by, receiverIds, all));
    }

    /** Asks the named receivers, or all, for their digest (PROTOCOL.md 4.1c), to reconcile deliveries. */
    @Transactional
    public List<ControlCommand> report(final String by, final List<String> receiverIds, final boolean all) {
        return recorded(by, "control.reconcile", all,
                queueAll(ControlType.REPORT, REPORT_VALIDITY, by, receiverIds, all));
    }

    /**
     * Queues a report command for each receiver that has none waiting for an answer; returns how many. A report
     * sent longer than {@code lostAfter} ago without an answer counts as lost (the broker may drop it like any
     * other command), so another is sent.
     */
    @Transactional
    public int reportIfNoneOutstanding(final String by, final List<String> receiverIds, final Duration lostAfter) {
        final Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int queued = 0;
        for (String id : receiverIds) {
            final long outstanding = ControlCommand.count("receiverId = ?1 and type = ?2 and expiresAt > ?3 "
                    + "and (state = ?4 or (state = ?5 and sentAt > ?6))", id, ControlType.REPORT, now,
                    ControlState.QUEUED, ControlState.SENT, now.minus(lostAfter));
            if (outstanding == 0) {
                queue(ControlType.REPORT, id, by, now, now.plus(REPORT_VALIDITY), null, null);
                queued++;
            }
        }
        return queued;
    }

    private List<ControlCommand> queueAll(final ControlType type, final Duration validity, final String by,
            final List<String> receiverIds, final boolean all) {
        final AreaScope scope = guard.scope(by);
        final List<String> targets = new ArrayList<>();
        if (all) {
            Receiver.<Receiver>listAll(Sort.by("id")).stream().filter(r -> scope.contains(r.areaId))
                    .forEach(r -> targets.add(r.id));
        } else if (receiverIds != null) {
            for (String id : new LinkedHashSet<>(receiverIds)) {
                final Receiver r = Receiver.findById(id);
                if (r == null) {
                    throw new InvalidInputException("unknown-receiver", "receiver " + id + " is not registered");
                }
                if (!scope.contains(r.areaId)) {
                    throw AreaGuard.outside(by, "receiver " + id);
                }
                targets.add(id);
            }
        }
        if (targets.isEmpty()) {
            throw new InvalidInputException("no-targets", "name receivers, or set all to true");
        }
        final Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        final List<ControlCommand> made = new ArrayList<>();
        for (String id : targets) {
            made.add(queue(type, id, by, now, now.plus(validity), null, null));
        }
        return made;
    }

    /**
     * Queues a cancel command to {@code receiverId} withdrawing the play command {@code targetCommandId}
     * (PROTOCOL.md 4.1d), in the caller's transaction.
     */
    @Transactional
    public ControlCommand cancel(final String by, final String receiverId, final String targetCommandId,
            final Instant expiresAt) {
        final ControlCommand c = queue(ControlType.CANCEL, receiverId, by,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), expiresAt, null, null);
        c.targetCommandId = targetCommandId;
        return c;
    }

    /** Rotates the signing key and announces the new key to every receiver, signed by the old one. */
    @Transactional
    public Rotated rotateKey(final String by) {
        final ControllerKeys.Rotation rotation = keys.rotate();
        final Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int announced = 0;
        if (rotation.previous() != null) {
            for (Receiver r : Receiver.<Receiver>listAll(Sort.by("id"))) {
                queue(ControlType.ROTATE_KEY, r.id, by, now, now.plus(ROTATE_VALIDITY), rotation.next().keyId(),
                        rotation.previous().keyId());
                announced++;
            }
        }
        audit.record(by, "key.rotated", "signing-key", rotation.next().keyId(), vn.loa.audit.AuditTrail.json(
                "previousKeyId", rotation.previous() == null ? null : rotation.previous().keyId(),
                "publicKey", rotation.next().publicKey(), "announcements", announced));
        return new Rotated(rotation.previous(), rotation.next(), announced);
    }

    /** The outcome of a rotation: old and new key, and how many receivers are being told. */
    public record Rotated(ControllerKeys.PublicInfo previous, ControllerKeys.PublicInfo next, int announcements) {
    }

    /** Audits an operator's command to many receivers as one entry (never the signatures or keys). */
    private List<ControlCommand> recorded(final String by, final String action, final boolean all,
            final List<ControlCommand> made) {
        audit.record(by, action, "receivers",
                all ? "*" : String.join(",", made.stream().map(c -> c.receiverId).toList()),
                vn.loa.audit.AuditTrail.json("all", all, "commandIds", made.stream().map(c -> c.commandId).toList()));
        return made;
    }

    private static List<ControlCommand> recent(final int limit) {
        return ControlCommand.findAll(Sort.descending("id")).page(0, limit).list();
    }

    /** The newest {@code limit} control commands to receivers in the user's area. */
    public List<ControlCommand> recent(final int limit, final String username) {
        final AreaScope scope = guard.scope(username);
        if (scope.everywhere()) {
            return recent(limit);
        }
        if (scope.areaIds().isEmpty()) {
            return List.of();
        }
        return ControlCommand.find("from ControlCommand c where exists (select r.id from Receiver r "
                + "where r.id = c.receiverId and r.areaId in ?1) order by c.id desc", scope.areaIds())
                .page(0, limit).list();
    }

    private static ControlCommand queue(final ControlType type, final String receiverId, final String by,
            final Instant now, final Instant expiresAt, final String newKeyId, final String signingKeyId) {
        final ControlCommand c = new ControlCommand();
        c.commandId = UUID.randomUUID().toString();
        c.type = type;
        c.receiverId = receiverId;
        c.issuedBy = by;
        c.createdAt = now;
        c.expiresAt = expiresAt;
        c.state = ControlState.QUEUED;
        c.newKeyId = newKeyId;
        c.signingKeyId = signingKeyId;
        c.persist();
        return c;
    }
}
