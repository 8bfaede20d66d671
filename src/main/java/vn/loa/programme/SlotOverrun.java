package vn.loa.programme;

import java.time.Duration;
import java.util.Map;
import vn.loa.error.ConflictException;

/**
 * A slot occurrence's playlist lasts longer than the slot (issue 10 item 2): code {@code slot-overrun}, 409, with
 * {@code overrunSeconds} in the problem JSON so a page or a client can say how much to cut.
 */
public final class SlotOverrun extends ConflictException {

    private final long overrunSeconds;

    SlotOverrun(final long overrunSeconds, final long totalMs, final Duration length) {
        super("slot-overrun", "the items and pauses last " + seconds(totalMs) + " s, " + overrunSeconds
                + " s more than the slot's " + length.toSeconds() + " s: remove or shorten items");
        this.overrunSeconds = overrunSeconds;
    }

    private static String seconds(final long ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }

    public long overrunSeconds() {
        return overrunSeconds;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("overrunSeconds", overrunSeconds);
    }
}
