package vn.loa.broadcast;

import java.util.Set;

/**
 * What a receiver's {@code rejected} report means for the delivery it names (contract of issue 17, PROTOCOL.md 4.5
 * and 6). The one place that tells a refusal of a verified command, which ends the delivery, from one that says
 * nothing about it: a refusal made before the signature verified is about a payload anyone who can publish on the
 * command topic may have written, and a {@code replayed-id} or {@code wrong-receiver} refusal is a warning about a
 * copy, not a state of the command.
 */
public enum Refusal {
    /** Not a refusal at all (any other state), or a refusal of a verified command: it ends the delivery as usual. */
    NONE(false),
    /** Refused before the signature verified: anyone may have sent the copy, so it never changes a delivery. */
    UNVERIFIED(true),
    /** A verified copy of a command the receiver already knows, or one addressed to another receiver. */
    WARNING(true);

    /** Detail codes of refusals made before the signature verified (PROTOCOL.md 7, steps 1 to 3). */
    static final Set<String> UNVERIFIED_CODES = Set.of("invalid-command", "unknown-type", "unsigned", "unknown-key",
            "bad-signature");
    /** Detail codes of refusals of a verified copy that are not a state of the command it names. */
    static final Set<String> WARNING_CODES = Set.of("replayed-id", "wrong-receiver");

    private final boolean securityOnly;

    Refusal(final boolean securityOnly) {
        this.securityOnly = securityOnly;
    }

    /**
     * @param state the reported state
     * @param detail the report's detail, {@code "<code>: <text>"}
     * @param flaggedUnverified the receiver says so itself ({@code "verified": false} on the wire); older receivers
     *        send no flag, so the detail code decides as well
     */
    public static Refusal of(final DeliveryState state, final String detail, final boolean flaggedUnverified) {
        if (state != DeliveryState.REJECTED) {
            return NONE;
        }
        final String code = codeOf(detail);
        if (flaggedUnverified || UNVERIFIED_CODES.contains(code)) {
            return UNVERIFIED;
        }
        return WARNING_CODES.contains(code) ? WARNING : NONE;
    }

    /** True when the report is recorded as a security event only and never as the state of a delivery. */
    public boolean securityOnly() {
        return securityOnly;
    }

    /**
     * True for a delivery that an unverified refusal marked {@code REJECTED} before such refusals were told apart:
     * not really final, the receiver's own report of what it did replaces it.
     */
    static boolean mendable(final DeliveryState state, final String detail) {
        return state == DeliveryState.REJECTED && UNVERIFIED_CODES.contains(codeOf(detail));
    }

    /** The machine-readable code in front of a detail (PROTOCOL.md 6), empty when there is none. */
    static String codeOf(final String detail) {
        if (detail == null) {
            return "";
        }
        final int colon = detail.indexOf(':');
        return (colon < 0 ? detail : detail.substring(0, colon)).strip();
    }
}
