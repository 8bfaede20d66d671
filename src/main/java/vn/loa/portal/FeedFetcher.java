package vn.loa.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One conditional GET of a feed with {@link java.net.http.HttpClient}: If-None-Match and If-Modified-Since from the
 * last answer, a connect timeout and a deadline on the whole exchange, the body read up to
 * {@code loa.portal.max-feed-bytes} and no further ({@link LimitedBody}). Never throws: every failure is a
 * {@link Failed} with a plain reason for the admin page.
 */
@ApplicationScoped
class FeedFetcher {

    /** What a fetch brought. */
    sealed interface Fetched permits Body, NotModified, Failed {
    }

    /** 200: the feed's bytes and the validators to send next time (null when the e-portal gave none). */
    record Body(byte[] bytes, String etag, String lastModified) implements Fetched {
    }

    /** 304: nothing changed since the validators sent. */
    record NotModified() implements Fetched {
    }

    /** Anything else, in plain words (English / Vietnamese). */
    record Failed(String reason) implements Fetched {
    }

    /** How much of an error answer's body is read before the connection is dropped. */
    private static final int ERROR_PAGE_BYTES = 64 * 1024;

    @Inject
    PortalConfig config;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1).build();
    }

    Fetched fetch(final URI url, final String etag, final String lastModified) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(config.requestTimeout())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                        + "text/xml;q=0.9, */*;q=0.1")
                .header("User-Agent", "Loa e-portal poller");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        final int max = config.maxFeedBytes();
        final int[] status = {0};
        final CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.build(), info -> {
            status[0] = info.statusCode();
            final long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            // a feed declared too big is not read at all; an error page only a little
            return info.statusCode() != 200 ? new LimitedBody(ERROR_PAGE_BYTES, -1)
                    : new LimitedBody(max, declared);
        });
        try {
            final HttpResponse<byte[]> r = answer.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return switch (r.statusCode()) {
                case 200 -> new Body(r.body(), r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Last-Modified").orElse(null));
                case 304 -> new NotModified();
                default -> httpStatus(r.statusCode());
            };
        } catch (TimeoutException e) {
            answer.cancel(true);
            return timedOut();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed("interrupted / bị ngắt");
        } catch (ExecutionException e) {
            if (status[0] != 0 && status[0] != 200) {
                return httpStatus(status[0]);
            }
            return failure(e.getCause(), max);
        }
    }

    private Failed failure(final Throwable cause, final int max) {
        if (cause instanceof LimitedBody.TooLarge || cause instanceof IOException
                && cause.getCause() instanceof LimitedBody.TooLarge) {
            return new Failed("the feed is larger than " + max + " bytes (loa.portal.max-feed-bytes) / nguồn tin "
                    + "lớn hơn " + max + " byte");
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new Failed("no connection within " + config.connectTimeout().toSeconds() + " s / không kết nối "
                    + "được trong " + config.connectTimeout().toSeconds() + " giây");
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut();
        }
        if (cause instanceof ConnectException) {
            return new Failed("connection refused / máy chủ từ chối kết nối");
        }
        return new Failed("cannot fetch / không tải được: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + FeedParser.cut(cause.getMessage(), 200)));
    }

    private static Failed httpStatus(final int status) {
        return new Failed("HTTP " + status + " / máy chủ trả lời " + status);
    }

    private Failed timedOut() {
        return new Failed("no complete answer within " + config.requestTimeout().toSeconds() + " s / không trả lời "
                + "đủ trong " + config.requestTimeout().toSeconds() + " giây");
    }
}
