package vn.loa.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a hard limit: one more byte cancels the subscription, which closes the
 * connection, so a huge (or endless) feed is never read further than the limit and a chunk.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(final int limit) {
            super("larger than " + limit + " bytes");
        }
    }

    private final int limit;
    private final long declared;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /**
     * @param limit    the most bytes accepted
     * @param declared the answer's Content-Length, -1 when absent: beyond the limit, nothing is read at all
     */
    LimitedBody(final int limit, final long declared) {
        this.limit = limit;
        this.declared = declared;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(final Flow.Subscription s) {
        subscription = s;
        if (declared > limit) {
            s.cancel();
            result.completeExceptionally(new TooLarge(limit));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(final List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            final int n = b.remaining();
            if (out.size() + (long) n > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(limit));
                return;
            }
            final byte[] chunk = new byte[n];
            b.get(chunk);
            out.write(chunk, 0, n);
        }
        subscription.request(1);
    }

    @Override
    public void onError(final Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
