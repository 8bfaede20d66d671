package vn.loa.control;

/** A control command's life: queued, sent to the broker, then applied ({@code RECEIVED}) or refused by the receiver. */
public enum ControlState {
    QUEUED, SENT, RECEIVED, REJECTED, EXPIRED;

    boolean isFinal() {
        return this == RECEIVED || this == REJECTED || this == EXPIRED;
    }
}
