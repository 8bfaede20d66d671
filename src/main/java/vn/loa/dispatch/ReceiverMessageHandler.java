package vn.loa.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;
import vn.loa.broadcast.DeliveryReports;
import vn.loa.broadcast.ReportOutcome;
import vn.loa.receiver.ReceiverService;

/**
 * Handles what receivers publish (acks and status). Every message is either applied or logged and dropped: no
 * exception leaves this class, so a bad message can never kill the subscription.
 */
@ApplicationScoped
class ReceiverMessageHandler {

    private static final Logger LOG = Logger.getLogger(ReceiverMessageHandler.class);

    @Inject
    DeliveryReports reports;

    @Inject
    ReceiverService receivers;

    /** @return the outcome, or null when the message was dropped before reaching the store */
    ReportOutcome handle(final String topic, final byte[] payload) {
        try {
            final Topics.Parsed parsed = Topics.parse(topic).orElseThrow(
                    () -> new MalformedMessageException("not a receiver topic"));
            return switch (parsed.kind()) {
                case ack -> onAck(parsed, AckMessage.parse(payload));
                case status -> {
                    onStatus(parsed, StatusMessage.parse(payload));
                    yield null;
                }
                case cmd -> null; // our own commands, if a broker echoes them: nothing to do
            };
        } catch (MalformedMessageException e) {
            LOG.warnf("dropped message on %s: %s (payload: %s)", topic, e.getMessage(), preview(payload));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not handle message on %s; dropped", topic);
        }
        return null;
    }

    private ReportOutcome onAck(final Topics.Parsed topic, final AckMessage ack) {
        if (!topic.receiver().equals(ack.receiverId())) {
            LOG.warnf("dropped ack for command %s: topic names receiver %s, payload names %s", ack.commandId(),
                    topic.receiver(), ack.receiverId());
            return null;
        }
        final ReportOutcome outcome = reports.record(ack.commandId(), ack.receiverId().value(),
                ack.state().delivery, ack.at().toInstant(), ack.detail());
        switch (outcome) {
            case UNKNOWN_COMMAND -> LOG.warnf("dropped ack from %s: unknown command %s", ack.receiverId(),
                    ack.commandId());
            case WRONG_RECEIVER -> LOG.warnf("dropped ack from %s: command %s was not sent to it", ack.receiverId(),
                    ack.commandId());
            case DUPLICATE -> LOG.debugf("duplicate ack %s %s from %s", ack.state(), ack.commandId(),
                    ack.receiverId());
            default -> LOG.infof("ack %s %s from %s (%s)", ack.state(), ack.commandId(), ack.receiverId(),
                    outcome);
        }
        return outcome;
    }

    private void onStatus(final Topics.Parsed topic, final StatusMessage status) {
        if (!topic.receiver().equals(status.receiverId())) {
            LOG.warnf("dropped status: topic names receiver %s, payload names %s", topic.receiver(),
                    status.receiverId());
            return;
        }
        if (!receivers.recordPresence(status.receiverId().value(), status.online(), status.agent())) {
            LOG.warnf("dropped status from unregistered receiver %s", status.receiverId());
        }
    }

    private static String preview(final byte[] payload) {
        final String s = new String(payload, 0, Math.min(payload.length, 120), StandardCharsets.UTF_8);
        return s.replaceAll("[\\p{Cntrl}]", "?");
    }
}
