package vn.loa.broadcast;

/**
 * A CDI event: a delivery has just reached a final state ({@link DeliveryState#isFinal()}), whether a receiver
 * reported it ({@link DeliveryReports}), the controller concluded it ({@link Dispatcher}: expired, timed out) or an
 * operator withdrew it ({@link BroadcastCancellation}). Fired synchronously inside the transaction that changes the
 * delivery, so an observer that writes (the upward outbox, {@code vn.loa.upward.FinalResults}) commits or rolls back
 * with it. A delivery may finish more than once: a receiver's own report overrides the controller's conclusion.
 */
public record DeliveryFinished(long deliveryId, DeliveryState state) {
}
