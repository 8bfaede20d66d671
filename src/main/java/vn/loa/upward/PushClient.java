package vn.loa.upward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Sends one body to a target: {@code POST} with the target's credentials, bounded by
 * {@link UpwardConfig#connectTimeout()} and {@link UpwardConfig#requestTimeout()}. Never throws: every outcome is an
 * {@link Outcome}, and a 2xx is the only success. Redirects are not followed (credentials stay with the URL given).
 */
@ApplicationScoped
class PushClient {

    /** What a target did with one attempt; {@code status} null when it never answered. */
    record Outcome(boolean sent, Integer status, String error) {
    }

    @Inject
    UpwardConfig config;

    private volatile HttpClient client;

    Outcome send(final UpwardTarget target, final WireMapping.Wire wire) {
        final HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(target.url)).timeout(config.requestTimeout())
                    .header("Content-Type", wire.contentType()).header("User-Agent", "Loa upward push")
                    .POST(HttpRequest.BodyPublishers.ofString(wire.body(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new Outcome(false, null, "bad target URL: " + e.getMessage());
        }
        final String authorization = authorization(target);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            final HttpResponse<Void> answer = client().send(request.build(), HttpResponse.BodyHandlers.discarding());
            final int status = answer.statusCode();
            return status / 100 == 2 ? new Outcome(true, status, null)
                    : new Outcome(false, status, "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(false, null, "timed out after " + config.requestTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(false, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted");
        }
    }

    static String authorization(final UpwardTarget target) {
        return switch (target.auth) {
            case BEARER -> "Bearer " + target.secret;
            case BASIC -> "Basic " + Base64.getEncoder().encodeToString(
                    (target.username + ":" + target.secret).getBytes(StandardCharsets.UTF_8));
            case NONE -> null;
        };
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }
}
