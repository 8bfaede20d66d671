package vn.loa.cap;

import vn.loa.error.ForbiddenActionException;

/**
 * A CAP message whose origin cannot be trusted: unsigned, from a sender Loa does not trust, or with a signature
 * that does not verify against the sender's key (403). Always recorded as a security event.
 */
public class CapUntrusted extends ForbiddenActionException {

    public CapUntrusted(final String code, final String message) {
        super(code, message);
    }
}
