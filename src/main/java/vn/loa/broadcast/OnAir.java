package vn.loa.broadcast;

/** How long a broadcast is on the air, as people read it: minutes and seconds. */
final class OnAir {

    private OnAir() {
    }

    /**
     * {@code 95_400} ms → {@code "1:35"}: whole seconds, rounded to the nearest, and minutes past 59 stay minutes
     * (a bulletin is minutes long, never hours). Null (no audio produced yet) gives null.
     */
    static String minutesSeconds(final Long durationMs) {
        if (durationMs == null) {
            return null;
        }
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must not be negative, got " + durationMs);
        }
        final long seconds = (durationMs + 500) / 1000;
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
