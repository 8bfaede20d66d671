package vn.loa.token;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What a client sent after {@code Authorization: Bearer}, not yet checked. */
final class BearerRequest extends BaseAuthenticationRequest {

    private final String token;

    BearerRequest(final String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
