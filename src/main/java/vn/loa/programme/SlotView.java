package vn.loa.programme;

import java.time.Instant;
import java.util.List;

/** A slot as the API shows it: the plan, without its playlists ({@link OccurrenceView} has those). */
public record SlotView(long id, long areaId, String areaPath, String name, Instant start, String rrule, String exdate,
        int lengthSeconds, int pauseSeconds, int occurrences, Instant nextOccurrence, String createdBy,
        Instant createdAt) {

    /** The length in whole minutes, for pages. */
    public int lengthMinutes() {
        return lengthSeconds / 60;
    }

    /**
     * One occurrence with its playlist.
     *
     * @param totalMs     items and the pauses between them (milliseconds)
     * @param freeSeconds what is left of the slot's length (whole seconds, rounded down)
     * @param editable    whether its playlist may still change (it starts later than {@code loa.programme.edit-lead})
     */
    public record OccurrenceView(Instant at, Instant end, List<ItemView> items, long totalMs, long freeSeconds,
            boolean editable) {
    }

    /** One item: the bulletin, when it plays and the broadcast that plays it. */
    public record ItemView(int index, long bulletinId, String title, Instant playAt, long durationMs,
            long broadcastId) {
    }
}
