package vn.loa.dispatch;

/**
 * One message a receiver published, as the controller took it from the broker.
 *
 * @param retained the broker's retained copy (status topics): old news, so it does not count as "seen now"
 */
record Inbound(String topic, byte[] payload, boolean retained) {
}
