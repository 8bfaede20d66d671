package vn.loa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time form tokens, so a form that creates something (a bulletin, a broadcast) creates it once even when it is
 * submitted twice (a double tap, a resend after a slow answer). Each form carries a token in a hidden field; the
 * first post {@link #claim claims} it, and a later post with the same token is sent to what the first one made.
 * Tokens live in memory for {@link #LIFETIME}: after a restart an old form asks to be sent again, nothing worse.
 */
@ApplicationScoped
public class FormTokens {

    /** How long a form may stay open before its token is forgotten. */
    static final Duration LIFETIME = Duration.ofHours(4);
    /** Bound on remembered tokens, so a client asking for forms in a loop cannot fill the memory. */
    static final int MAX_TOKENS = 20_000;

    /** What a post may do with its token. */
    public enum Outcome {
        /** First use: go ahead, then {@link #complete} or {@link #release}. */
        FRESH,
        /** Already used: {@link Claim#result()} is where the first post went. */
        DONE,
        /** The first post is still running. */
        BUSY,
        /** Never issued to this user, or forgotten: show the form again with a new token. */
        UNKNOWN
    }

    /** The answer to a claim; {@code result} is set when the outcome is {@link Outcome#DONE}. */
    public record Claim(Outcome outcome, String result) {
    }

    private record Entry(String user, Instant issuedAt, boolean busy, String result) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    public FormTokens(final Clock clock) {
        this.clock = clock;
    }

    /** A new token for a form shown to {@code user}. */
    public String issue(final String user) {
        final Instant now = clock.instant();
        if (tokens.size() >= MAX_TOKENS) {
            tokens.values().removeIf(e -> e.issuedAt().isBefore(now.minus(LIFETIME)));
            if (tokens.size() >= MAX_TOKENS) {
                // still full: forget the oldest quarter; their forms will simply ask to be sent again
                tokens.entrySet().stream().sorted(Map.Entry.comparingByValue(
                        java.util.Comparator.comparing(Entry::issuedAt))).limit(MAX_TOKENS / 4)
                        .map(Map.Entry::getKey).toList().forEach(tokens::remove);
            }
        }
        final byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        final String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Entry(user, now, false, null));
        return token;
    }

    /** Claims a token for one post; atomic, so two simultaneous posts never both get {@link Outcome#FRESH}. */
    public Claim claim(final String token, final String user) {
        if (token == null || token.isBlank()) {
            return new Claim(Outcome.UNKNOWN, null);
        }
        final Instant now = clock.instant();
        final Claim[] answer = new Claim[1];
        tokens.compute(token, (k, e) -> {
            if (e == null || !e.user().equals(user) || e.issuedAt().isBefore(now.minus(LIFETIME))) {
                answer[0] = new Claim(Outcome.UNKNOWN, null);
                return e;
            }
            if (e.result() != null) {
                answer[0] = new Claim(Outcome.DONE, e.result());
                return e;
            }
            if (e.busy()) {
                answer[0] = new Claim(Outcome.BUSY, null);
                return e;
            }
            answer[0] = new Claim(Outcome.FRESH, null);
            return new Entry(e.user(), e.issuedAt(), true, null);
        });
        return answer[0];
    }

    /** The claimed post succeeded and made {@code result} (a page address): later posts go there. */
    public void complete(final String token, final String result) {
        tokens.computeIfPresent(token, (k, e) -> new Entry(e.user(), e.issuedAt(), false, result));
    }

    /** The claimed post failed (a message is shown with the form): the same token may be posted again. */
    public void release(final String token) {
        tokens.computeIfPresent(token, (k, e) -> e.result() == null ? new Entry(e.user(), e.issuedAt(), false, null) : e);
    }
}
