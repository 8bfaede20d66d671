package vn.loa.dispatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.loa.alert.SecurityEvents;
import vn.loa.broadcast.DeliveryReconciliation;
import vn.loa.broadcast.DeliveryReports;
import vn.loa.broadcast.ReportOutcome;
import vn.loa.control.ControlReports;
import vn.loa.receiver.ClockOffset;
import vn.loa.receiver.ReceiverService;
import vn.loa.receiver.ReceiverStatus;

/**
 * Handles what receivers publish (acks and status). Every message is either applied or logged and dropped: no
 * exception leaves this class, so a bad message can never kill the subscription. A malformed message is dropped at
 * once; a failure of the store (database down, a concurrent update) is retried with backoff for about a minute
 * first, holding back the messages behind it rather than losing them.
 */
@ApplicationScoped
class ReceiverMessageHandler {

    private static final Logger LOG = Logger.getLogger(ReceiverMessageHandler.class);

    @Inject
    DeliveryReports reports;

    @Inject
    ReceiverService receivers;

    @Inject
    Clock clock;

    @Inject
    ControlReports controls;

    @Inject
    DeliveryReconciliation reconciliation;

    @Inject
    SecurityEvents alerts;

    /**
     * Refusals of a verified command that end its delivery and are security events too. The others (unverified,
     * replayed-id, wrong-receiver) are security events only: {@code DeliveryReports} records them.
     */
    static final Set<String> SECURITY_CODES = Set.of("old-sequence", "sha256-mismatch");

    /** Store attempts per message before it is given up, and the longest pause between two, milliseconds. */
    static final int MAX_ATTEMPTS = 15;
    static final long MAX_BACKOFF_MS = 5_000;

    /**
     * @param retained the broker's retained copy (status topics): old news, so it does not count as "seen now"
     * @return the outcome, or null when the message was dropped before reaching the store
     */
    ReportOutcome handle(final String topic, final byte[] payload, final boolean retained) {
        try {
            final Topics.Parsed parsed = Topics.parse(topic).orElseThrow(
                    () -> new MalformedMessageException("not a receiver topic"));
            return switch (parsed.kind()) {
                case ack -> {
                    final AckMessage ack = AckMessage.parse(payload);
                    yield withRetry(topic, () -> onAck(parsed, ack));
                }
                case status -> {
                    final StatusMessage status = StatusMessage.parse(payload);
                    withRetry(topic, () -> onStatus(parsed, status, retained));
                    yield null;
                }
                case digest -> {
                    final DigestMessage digest = DigestMessage.parse(payload);
                    withRetry(topic, () -> onDigest(parsed, digest));
                    yield null;
                }
                case cmd -> null; // our own commands, if a broker echoes them: nothing to do
            };
        } catch (MalformedMessageException e) {
            LOG.warnf("dropped message on %s: %s (payload: %s)", topic, e.getMessage(), preview(payload));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not store message on %s after %d attempts; dropped", topic, MAX_ATTEMPTS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("stopped while handling message on %s", topic);
        }
        return null;
    }

    /** An ack or status read from its message, ready to be applied with others. */
    private record Ready(Inbound message, Topics.Parsed topic, AckMessage ack, StatusMessage status) {
    }

    /**
     * Handles messages in the order they arrived. Acks and status reports that need nothing but the store are
     * applied together, one transaction for each kind (one commit for many reports instead of one each); anything
     * else — digests, refusals, a topic that names another receiver, a malformed message — is handled on its own at
     * its place, as {@link #handle} does. When a batch cannot be stored (a lock conflict, the database away), it is
     * rolled back and its messages are handled one by one, each with its retries: none is lost, none applied twice.
     */
    void handleBatch(final List<Inbound> messages) {
        final List<Ready> acks = new ArrayList<>();
        final List<Ready> statuses = new ArrayList<>();
        for (Inbound m : messages) {
            final Ready ready = messages.size() == 1 ? null : batchable(m);
            if (ready == null) {
                applyAcks(acks);
                applyStatuses(statuses);
                handle(m.topic(), m.payload(), m.retained());
            } else if (ready.ack() != null) {
                acks.add(ready);
            } else {
                statuses.add(ready);
            }
        }
        applyAcks(acks);
        applyStatuses(statuses);
    }

    /** The message as an ack or status that can go into a batch, or null when it must be handled on its own. */
    private static Ready batchable(final Inbound m) {
        try {
            final Topics.Parsed topic = Topics.parse(m.topic()).orElse(null);
            if (topic == null) {
                return null;
            }
            if (topic.kind() == Topics.Kind.ack) {
                final AckMessage ack = AckMessage.parse(m.payload());
                return ack.state() == AckMessage.State.rejected || !topic.receiver().equals(ack.receiverId()) ? null
                        : new Ready(m, topic, ack, null);
            }
            if (topic.kind() == Topics.Kind.status) {
                final StatusMessage status = StatusMessage.parse(m.payload());
                return topic.receiver().equals(status.receiverId()) ? new Ready(m, topic, null, status) : null;
            }
            return null;
        } catch (MalformedMessageException e) {
            return null; // handled on its own, which logs why it is dropped
        }
    }

    private void applyAcks(final List<Ready> acks) {
        if (acks.isEmpty()) {
            return;
        }
        final List<ReportOutcome> outcomes;
        try {
            final List<DeliveryReports.Report> batch = new ArrayList<>(acks.size());
            for (Ready r : acks) {
                final AckMessage ack = r.ack();
                batch.add(new DeliveryReports.Report(ack.commandId(), ack.receiverId().value(), ack.state().delivery,
                        ack.at().toInstant(), ack.detail(), ack.late(), !ack.verifiedFlag()));
            }
            outcomes = QuarkusTransaction.requiringNew().call(() -> reports.recordAll(batch));
        } catch (RuntimeException e) {
            oneByOne(acks, e);
            return;
        }
        final java.util.Map<ReportOutcome, Integer> counts = new java.util.EnumMap<>(ReportOutcome.class);
        for (int i = 0; i < acks.size(); i++) {
            final AckMessage ack = acks.get(i).ack();
            final ReportOutcome outcome = outcomes.get(i);
            counts.merge(outcome, 1, Integer::sum);
            try {
                switch (outcome) {
                    case UNKNOWN_COMMAND -> withRetry(acks.get(i).message().topic(), () -> {
                        onUnknownCommand(ack, false);
                        return null;
                    });
                    case WRONG_RECEIVER -> alerts.rejection(ack.receiverId().value(), ack.commandId(),
                            "forged-ack: command " + ack.commandId() + " was not sent to " + ack.receiverId(), null);
                    default -> LOG.debugf("ack %s %s from %s (%s)", ack.state(), ack.commandId(), ack.receiverId(),
                            outcome);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "could not record the follow-up of ack %s %s from %s", ack.state(), ack.commandId(),
                        ack.receiverId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.infof("stored %d ack(s) in one transaction: %s", acks.size(), counts);
        acks.clear();
    }

    private void applyStatuses(final List<Ready> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        final List<Boolean> known;
        try {
            known = QuarkusTransaction.requiringNew().call(() -> {
                final List<Boolean> k = new ArrayList<>(statuses.size());
                for (Ready r : statuses) {
                    k.add(storeStatus(r.status(), r.message().retained()));
                }
                return k;
            });
        } catch (RuntimeException e) {
            oneByOne(statuses, e);
            return;
        }
        for (int i = 0; i < statuses.size(); i++) {
            if (!known.get(i)) {
                LOG.warnf("dropped status from unregistered receiver %s", statuses.get(i).status().receiverId());
            }
        }
        LOG.debugf("stored %d status report(s) in one transaction", statuses.size());
        statuses.clear();
    }

    private void oneByOne(final List<Ready> batch, final RuntimeException cause) {
        LOG.warnf("storing %d receiver message(s) together failed (%s); storing them one by one", batch.size(),
                cause.toString());
        for (Ready r : batch) {
            handle(r.message().topic(), r.message().payload(), r.message().retained());
        }
        batch.clear();
    }

    private static <T> T withRetry(final String topic, final Supplier<T> work) throws InterruptedException {
        long backoff = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("storing message on %s failed (attempt %d: %s); retrying in %d ms", topic, attempt,
                        e.toString(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    private ReportOutcome onAck(final Topics.Parsed topic, final AckMessage ack) {
        final String receiver = ack.receiverId().value();
        final Instant at = ack.at().toInstant();
        if (!topic.receiver().equals(ack.receiverId())) {
            // on a broker without per-receiver ACLs, one receiver (or anyone) posing as another
            alerts.rejection(topic.receiver().value(), ack.commandId(),
                    "forged-ack: ack on the topic of " + topic.receiver() + " names receiver " + receiver, null);
            return null;
        }
        final String code = ack.state() == AckMessage.State.rejected ? SecurityEvents.codeOf(ack.detail()) : null;
        final boolean securityRejection = code != null && SECURITY_CODES.contains(code);
        if (securityRejection) {
            alerts.rejection(receiver, ack.commandId(), ack.detail(), at);
        }
        // refusals that are no state of the command (unverified ones, replayed-id, wrong-receiver) become security
        // events there, once per occurrence, and change nothing
        final ReportOutcome outcome = reports.record(ack.commandId(), receiver, ack.state().delivery, at,
                ack.detail(), ack.late(), !ack.verifiedFlag());
        switch (outcome) {
            case UNKNOWN_COMMAND -> onUnknownCommand(ack, securityRejection);
            case WRONG_RECEIVER -> alerts.rejection(receiver, ack.commandId(),
                    "forged-ack: command " + ack.commandId() + " was not sent to " + receiver, null);
            case DUPLICATE -> LOG.debugf("duplicate ack %s %s from %s", ack.state(), ack.commandId(), receiver);
            default -> LOG.debugf("ack %s %s from %s (%s)", ack.state(), ack.commandId(), receiver, outcome);
        }
        return outcome;
    }

    /**
     * A digest: each entry counts as the ack it stands for (a recovered one is marked late), then deliveries the
     * receiver should know but does not are sent again.
     */
    private Void onDigest(final Topics.Parsed topic, final DigestMessage digest) {
        final String receiver = digest.receiverId().value();
        if (!topic.receiver().equals(digest.receiverId())) {
            alerts.rejection(topic.receiver().value(), null,
                    "forged-ack: digest on the topic of " + topic.receiver() + " names receiver " + receiver, null);
            return null;
        }
        int recovered = 0;
        final java.util.Set<String> known = new java.util.HashSet<>();
        for (DigestMessage.Entry e : digest.commands()) {
            known.add(e.commandId());
            final AckMessage.State state;
            try {
                state = AckMessage.State.valueOf(e.state());
            } catch (IllegalArgumentException unknownState) {
                continue; // an internal state of a newer receiver: nothing we can record
            }
            final ReportOutcome o = reports.record(e.commandId(), receiver, state.delivery, e.at(), e.detail(), true);
            if (o == ReportOutcome.APPLIED || o == ReportOutcome.STALE) {
                recovered++;
            } else if (o == ReportOutcome.UNKNOWN_COMMAND) {
                controls.record(e.commandId(), receiver, e.state(), e.at(), e.detail());
            }
        }
        final int lost = reconciliation.reconcile(receiver, known);
        LOG.infof("digest from %s: %d command(s), %d report(s) recovered, %d command(s) to send again", receiver,
                digest.commands().size(), recovered, lost);
        if (lost > 0) {
            reconciliation.resendSoon();
        }
        return null;
    }

    private void onUnknownCommand(final AckMessage ack, final boolean alreadyAlerted) {
        final String receiver = ack.receiverId().value();
        final Optional<Boolean> control = controls.record(ack.commandId(), receiver, ack.state().name(),
                ack.at().toInstant(), ack.detail());
        if (control.isPresent()) {
            if (control.get()) {
                LOG.infof("ack %s of control command %s from %s", ack.state(), ack.commandId(), receiver);
            } else {
                alerts.rejection(receiver, ack.commandId(),
                        "forged-ack: control command " + ack.commandId() + " was not sent to " + receiver, null);
            }
        } else if (!alreadyAlerted) {
            LOG.warnf("dropped ack from %s: unknown command %s", receiver, ack.commandId());
        }
    }

    private Void onStatus(final Topics.Parsed topic, final StatusMessage status, final boolean retained) {
        if (!topic.receiver().equals(status.receiverId())) {
            LOG.warnf("dropped status: topic names receiver %s, payload names %s", topic.receiver(),
                    status.receiverId());
            return null;
        }
        if (!storeStatus(status, retained)) {
            LOG.warnf("dropped status from unregistered receiver %s", status.receiverId());
        }
        return null;
    }

    /** @return false when no such receiver is registered */
    private boolean storeStatus(final StatusMessage status, final boolean retained) {
        // a retained copy was published at some unknown time: only its own timestamp says when the receiver spoke
        final Instant arrived = clock.instant();
        final Instant seen = retained ? status.at() : arrived;
        final Long offset = retained || status.at() == null ? null : ClockOffset.estimateMillis(status.at(), arrived,
                status.lastCommandIssuedAt(), status.lastCommandReceivedAt());
        final ReceiverStatus s = new ReceiverStatus(status.online(), status.agent(), seen, status.at(),
                status.firmware(), status.powerSource(), status.batteryPercent(), status.signalDbm(),
                status.volumePercent(), status.storageFreeBytes(), status.queuedCommands(), offset,
                status.reservePercent());
        return receivers.recordStatus(status.receiverId().value(), s);
    }

    private static String preview(final byte[] payload) {
        final String s = new String(payload, 0, Math.min(payload.length, 120), StandardCharsets.UTF_8);
        return s.replaceAll("[\\p{Cntrl}]", "?");
    }
}
