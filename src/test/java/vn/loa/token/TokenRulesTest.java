package vn.loa.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.InvalidInputException;
import vn.loa.security.Role;

class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void expiry_days_countsFromNow() {
        assertEquals(NOW.plus(Duration.ofDays(30)), TokenRules.expiry(NOW, null, 30));
        assertEquals(NOW.plus(Duration.ofDays(366)), TokenRules.expiry(NOW, null, 366));
    }

    @Test
    void expiry_instantWithinTheLimit_isKept() {
        final Instant at = NOW.plus(Duration.ofDays(366));
        assertEquals(at, TokenRules.expiry(NOW, at, null));
    }

    @Test
    void expiry_outOfRange_throws() {
        assertEquals("expiry-out-of-range", assertThrows(InvalidInputException.class,
                () -> TokenRules.expiry(NOW, NOW, null)).code());
        assertThrows(InvalidInputException.class, () -> TokenRules.expiry(NOW, NOW.minusSeconds(1), null));
        assertThrows(InvalidInputException.class,
                () -> TokenRules.expiry(NOW, NOW.plus(Duration.ofDays(366)).plusSeconds(1), null));
        assertThrows(InvalidInputException.class, () -> TokenRules.expiry(NOW, null, 0));
        assertThrows(InvalidInputException.class, () -> TokenRules.expiry(NOW, null, 367));
    }

    @Test
    void expiry_noneOrBoth_throws() {
        assertEquals("expiry-required", assertThrows(InvalidInputException.class,
                () -> TokenRules.expiry(NOW, null, null)).code());
        assertEquals("expiry-required", assertThrows(InvalidInputException.class,
                () -> TokenRules.expiry(NOW, NOW.plusSeconds(60), 1)).code());
    }

    @Test
    void name_validOrNot() {
        assertEquals("nightly-sync.v2_A", TokenRules.name("  nightly-sync.v2_A "));
        assertEquals("token-name-required", assertThrows(InvalidInputException.class,
                () -> TokenRules.name(" ")).code());
        assertEquals("token-name-invalid", assertThrows(InvalidInputException.class,
                () -> TokenRules.name("x".repeat(41))).code());
        assertEquals("token-name-invalid", assertThrows(InvalidInputException.class,
                () -> TokenRules.name("a/b")).code());
        assertEquals("token-name-invalid", assertThrows(InvalidInputException.class,
                () -> TokenRules.name("đồng")).code());
    }

    @Test
    void tokenRole_onlyTheUsersOwn() {
        assertEquals(Role.staff, TokenRules.tokenRole(Role.staff, null));
        assertEquals(Role.approver, TokenRules.tokenRole(Role.approver, Role.approver));
        for (Role other : new Role[] {Role.approver, Role.official, Role.admin}) {
            assertThrows(ForbiddenActionException.class, () -> TokenRules.tokenRole(Role.staff, other));
        }
        assertThrows(ForbiddenActionException.class, () -> TokenRules.tokenRole(Role.admin, Role.official));
    }

    @Test
    void role_unknown_isInvalidInput_blankIsNone() {
        assertNull(TokenRules.role(" "));
        assertEquals(Role.official, TokenRules.role("Official"));
        assertEquals("unknown-role", assertThrows(InvalidInputException.class, () -> TokenRules.role("king")).code());
    }

    @Test
    void account_usernameAlphabet() {
        assertEquals("province-sync", TokenRules.account("province-sync"));
        assertThrows(InvalidInputException.class, () -> TokenRules.account("ab"));
        assertThrows(InvalidInputException.class, () -> TokenRules.account("Province"));
        assertThrows(InvalidInputException.class, () -> TokenRules.account(null));
    }
}
