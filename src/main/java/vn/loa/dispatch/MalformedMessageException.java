package vn.loa.dispatch;

/** A message from a receiver that breaks protocol v1. It is logged and dropped, never thrown past the handler. */
class MalformedMessageException extends IllegalArgumentException {

    MalformedMessageException(final String reason) {
        super(reason);
    }
}
