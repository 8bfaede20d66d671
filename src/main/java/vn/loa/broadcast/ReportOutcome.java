package vn.loa.broadcast;

/** What became of one receiver report (an MQTT ack). Only {@link #APPLIED} and {@link #STALE} are stored. */
public enum ReportOutcome {
    /** Recorded, and the delivery moved forward. */
    APPLIED,
    /** Recorded (its step time counts) but the delivery was already further on. */
    STALE,
    /** Already recorded: a redelivered message. Nothing changed. */
    DUPLICATE,
    /** No delivery has this command id. Dropped. */
    UNKNOWN_COMMAND,
    /** The command exists but was sent to another receiver. Dropped. */
    WRONG_RECEIVER,
    /**
     * A refusal that is no state of the command it names (unverified, a replay, another receiver's command): recorded
     * as a security event only; no delivery changed.
     */
    SECURITY_EVENT
}
