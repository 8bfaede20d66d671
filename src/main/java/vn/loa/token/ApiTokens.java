package vn.loa.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.loa.audit.AuditTrail;
import vn.loa.error.ConflictException;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;
import vn.loa.security.Role;
import vn.loa.security.UserAccount;
import vn.loa.security.UserService;

/**
 * API tokens: made by a user for themselves (administrators also for service accounts), listed, revoked, and
 * checked on every bearer request against the database, so a revocation or an expiry holds at once on every
 * controller. Every change is audited in its own transaction.
 */
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class);
    /** {@code last_used_at} is written at most this often per token, so bearer requests stay read-only. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

    /** A new token: the view and, this once, the token itself. */
    public record Created(TokenView token, String secret) {
    }

    /** Who a valid token acts as. */
    record Grant(long tokenId, String username, String role, String tokenName) {
        /** The audit actor: {@code alice/token:nightly-sync}. */
        String actor() {
            return username + "/token:" + tokenName;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    UserService users;

    @Transactional
    public Created create(final String creator, final TokenRequest r) {
        final String name = TokenRules.name(r.name());
        final Instant now = clock.instant();
        final Instant expires = TokenRules.expiry(now, r.expiresAt(), r.days());
        final Role requested = TokenRules.role(r.role());
        final UserAccount me = UserAccount.findByUsername(creator)
                .orElseThrow(() -> new ForbiddenActionException("forbidden", "unknown user " + creator));
        final UserAccount subject = r.serviceAccount() == null || r.serviceAccount().isBlank()
                ? personal(me, r) : serviceAccount(me, r, requested);
        final Role role = TokenRules.tokenRole(Role.of(subject.role), requested);
        if (ApiToken.count("userId = ?1 and name = ?2", subject.id, name) > 0) {
            throw new ConflictException("token-name-taken", "user " + subject.username + " already has a token named "
                    + name + " / đã có mã tên " + name);
        }
        final TokenSecret secret = TokenSecret.generate();
        final ApiToken t = new ApiToken();
        t.tokenHash = secret.hash();
        t.prefix = secret.shown();
        t.name = name;
        t.userId = subject.id;
        t.role = role.name();
        t.areaId = subject.areaId;
        t.createdBy = creator;
        t.createdAt = now;
        t.expiresAt = expires;
        t.persist();
        audit.record(creator, "token.created", "api_token", String.valueOf(t.id), AuditTrail.json("name", name,
                "user", subject.username, "role", role, "areaId", subject.areaId, "expiresAt", expires,
                "prefix", t.prefix));
        LOG.infof("SECURITY API token %d (%s) for %s made by %s, expires %s", t.id, name, subject.username,
                creator, expires);
        return new Created(view(t, subject), secret.value());
    }

    /** The caller's own tokens; an administrator's list holds everyone's. Newest first. */
    @Transactional
    public List<TokenView> list(final String username) {
        final UserAccount me = UserAccount.findByUsername(username).orElseThrow();
        final String all = "select t, u from ApiToken t, UserAccount u where u.id = t.userId";
        final List<Object[]> rows = Role.ADMIN.equals(me.role)
                ? em.createQuery(all + " order by t.id desc", Object[].class).getResultList()
                : em.createQuery(all + " and t.userId = :me order by t.id desc", Object[].class)
                        .setParameter("me", me.id).getResultList();
        return rows.stream().map(row -> view((ApiToken) row[0], (UserAccount) row[1])).toList();
    }

    /**
     * Revokes a token: one's own, or any for an administrator; anyone else's is "not found". Revoking a revoked
     * token changes nothing and records nothing.
     */
    @Transactional
    public TokenView revoke(final long id, final String by) {
        final UserAccount me = UserAccount.findByUsername(by).orElseThrow();
        final ApiToken t = em.find(ApiToken.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (t == null || !(Role.ADMIN.equals(me.role) || t.userId.equals(me.id))) {
            throw new NotFoundException("token", id);
        }
        final UserAccount owner = em.find(UserAccount.class, t.userId);
        if (t.revokedAt == null) {
            t.revokedAt = clock.instant();
            t.revokedBy = by;
            audit.record(by, "token.revoked", "api_token", String.valueOf(t.id),
                    AuditTrail.json("name", t.name, "user", owner.username));
            LOG.infof("SECURITY API token %d (%s) of %s revoked by %s", t.id, t.name, owner.username, by);
        }
        return view(t, owner);
    }

    /**
     * The user a token acts as, if the token is known, not revoked, not expired, and its user still has the
     * token's role and area (a user whose role or area changed loses their tokens; a deleted user's tokens are
     * deleted with them). One indexed query; a write only to note the last use, at most every few minutes.
     */
    @Transactional
    Optional<Grant> check(final TokenSecret secret) {
        final List<Object[]> rows = em.createQuery("select t, u from ApiToken t, UserAccount u "
                + "where t.tokenHash = :h and u.id = t.userId", Object[].class)
                .setParameter("h", secret.hash()).getResultList();
        if (rows.isEmpty()) {
            LOG.debugf("SECURITY unknown API token %s", secret);
            return Optional.empty();
        }
        final ApiToken t = (ApiToken) rows.get(0)[0];
        final UserAccount u = (UserAccount) rows.get(0)[1];
        final Instant now = clock.instant();
        if (!t.activeAt(now)) {
            LOG.infof("SECURITY API token %d (%s) of %s refused: %s", t.id, t.name, u.username,
                    t.revokedAt != null ? "revoked" : "expired");
            return Optional.empty();
        }
        if (!t.role.equals(u.role) || !Objects.equals(t.areaId, u.areaId)) {
            LOG.infof("SECURITY API token %d (%s) refused: %s now has another role or area", t.id, t.name,
                    u.username);
            return Optional.empty();
        }
        if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            t.lastUsedAt = now;
        }
        return Optional.of(new Grant(t.id, u.username, t.role, t.name));
    }

    private static UserAccount personal(final UserAccount me, final TokenRequest r) {
        if (r.areaId() != null && !r.areaId().equals(me.areaId)) {
            throw new InvalidInputException("token-area-not-allowed", "a personal token works in its user's area; "
                    + "areaId is for service accounts / mã cá nhân dùng khu vực của người tạo");
        }
        return me;
    }

    private UserAccount serviceAccount(final UserAccount me, final TokenRequest r, final Role requested) {
        if (!Role.ADMIN.equals(me.role)) {
            throw new ForbiddenActionException("service-account-admin-only",
                    "only administrators make tokens for service accounts / chỉ quản trị viên tạo mã cho tài khoản "
                            + "dịch vụ");
        }
        final String name = TokenRules.account(r.serviceAccount());
        final Optional<UserAccount> existing = UserAccount.findByUsername(name);
        if (existing.isEmpty()) {
            if (requested == null) {
                throw new InvalidInputException("role-required", "a new service account needs a role / cần chọn vai "
                        + "trò cho tài khoản dịch vụ");
            }
            return users.createServiceAccount(name, requested, requested == Role.admin ? null : r.areaId());
        }
        final UserAccount account = existing.get();
        if (!account.serviceAccount) {
            throw new ConflictException("not-a-service-account", name + " is a person's account, not a service "
                    + "account / " + name + " không phải tài khoản dịch vụ");
        }
        if (r.areaId() != null && !r.areaId().equals(account.areaId)) {
            throw new InvalidInputException("token-area-not-allowed", "service account " + name + " works in area "
                    + account.areaId + " / tài khoản dịch vụ làm việc ở khu vực " + account.areaId);
        }
        return account;
    }

    private TokenView view(final ApiToken t, final UserAccount u) {
        return new TokenView(t.id, t.name, t.prefix, u.username, u.serviceAccount, t.role, t.areaId, t.createdBy,
                t.createdAt, t.expiresAt, t.revokedAt, t.revokedBy, t.lastUsedAt, t.revokedAt == null
                        && clock.instant().isBefore(t.expiresAt));
    }
}
