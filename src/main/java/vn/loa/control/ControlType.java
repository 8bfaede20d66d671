package vn.loa.control;

/** Commands that are not broadcasts (PROTOCOL.md 4.1a to 4.1d); the wire name is {@link #wire()}. */
public enum ControlType {
    STOP("stop"), ROTATE_KEY("rotate-key"), REPORT("report"),
    /** Withdraws one play command of a canceled broadcast (PROTOCOL.md 4.1d). */
    CANCEL("cancel");

    private final String wire;

    ControlType(final String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
