package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T06:00:00Z"));
    private final FormTokens tokens = new FormTokens(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void claim_firstUse_isFresh() {
        assertEquals(FormTokens.Outcome.FRESH, tokens.claim(tokens.issue("staff"), "staff").outcome());
    }

    @Test
    void claim_afterComplete_isDoneWithResult() {
        final String t = tokens.issue("staff");
        tokens.claim(t, "staff");
        tokens.complete(t, "/ui/bulletins/7");
        assertEquals(new FormTokens.Claim(FormTokens.Outcome.DONE, "/ui/bulletins/7"), tokens.claim(t, "staff"));
    }

    @Test
    void claim_whileFirstRuns_isBusy() {
        final String t = tokens.issue("staff");
        tokens.claim(t, "staff");
        assertEquals(FormTokens.Outcome.BUSY, tokens.claim(t, "staff").outcome());
    }

    @Test
    void claim_afterRelease_isFreshAgain() {
        final String t = tokens.issue("staff");
        tokens.claim(t, "staff");
        tokens.release(t);
        assertEquals(FormTokens.Outcome.FRESH, tokens.claim(t, "staff").outcome());
    }

    @Test
    void claim_otherUsersToken_isUnknown() {
        assertEquals(FormTokens.Outcome.UNKNOWN, tokens.claim(tokens.issue("staff"), "staff2").outcome());
    }

    @Test
    void claim_forgedOrMissing_isUnknown() {
        assertEquals(FormTokens.Outcome.UNKNOWN, tokens.claim("made-up", "staff").outcome());
        assertEquals(FormTokens.Outcome.UNKNOWN, tokens.claim(null, "staff").outcome());
    }

    @Test
    void claim_afterLifetime_isUnknown() {
        final String t = tokens.issue("staff");
        now.set(now.get().plus(FormTokens.LIFETIME).plusSeconds(1));
        assertEquals(FormTokens.Outcome.UNKNOWN, tokens.claim(t, "staff").outcome());
    }

    @Test
    void issue_twice_givesDifferentTokens() {
        assertNotEquals(tokens.issue("staff"), tokens.issue("staff"));
    }
}
