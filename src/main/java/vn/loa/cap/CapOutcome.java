package vn.loa.cap;

/**
 * The answer to {@code POST /api/cap}.
 *
 * @param outcome {@code broadcast} (approved by policy and scheduled), {@code waiting} (in the approval queue),
 *                {@code ignored} (Draft, System, Ack, Error: never plays), {@code canceled} (a Cancel withdrew what it
 *                references), {@code duplicate} (already received: nothing changed)
 * @param test    an Exercise or Test alert: it plays only as a test broadcast that says so
 */
public record CapOutcome(long id, String sender, String identifier, String status, String msgType, boolean test,
        String outcome, Long bulletinId, Long broadcastId, java.util.List<String> withdrawn) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean created() {
        return !"duplicate".equals(outcome);
    }
}
