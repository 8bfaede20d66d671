package vn.loa.control;

/** Commands that are not broadcasts (PROTOCOL.md 4.1a, 4.1b); the wire name is {@link #wire()}. */
public enum ControlType {
    STOP("stop"), ROTATE_KEY("rotate-key"), REPORT("report");

    private final String wire;

    ControlType(final String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
