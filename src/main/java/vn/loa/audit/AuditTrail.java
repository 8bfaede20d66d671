package vn.loa.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The audit trail's one door for writing: {@link #record} appends an entry to the hash chain.
 *
 * <p>Transactions: {@code record} is {@code @Transactional(MANDATORY)}. It must run inside the transaction of the
 * action it records, so an action that rolls back leaves no entry and no action commits without its entry; called
 * outside a transaction it throws {@code TransactionRequiredException} (a programming error, found by the first test).
 *
 * <p>Concurrency: each append locks the one-row {@code audit_head} ({@code PESSIMISTIC_WRITE}, i.e. {@code SELECT
 * ... FOR UPDATE}) until its transaction ends; {@code seq} is also the primary key. Two controller instances on one
 * PostgreSQL therefore wait for each other and never fork the chain. The lock is held to the end of the caller's
 * transaction, so keep slow work (speech, network) outside the transaction that records, and record as the last
 * step of the action: taking other row locks after this one, in an order other code does not, could deadlock.
 *
 * <p>Never put secrets in a detail: passwords, broker secrets, private keys.
 */
@ApplicationScoped
public class AuditTrail {

    /** Longest stored detail, in characters; a longer one is cut and marked. */
    public static final int MAX_DETAIL = 8000;
    /** The actor of actions nobody logged in took: startup seeding, timers. */
    public static final String SYSTEM = "system";
    /**
     * A {@link SecurityIdentity} attribute (a String) that names the actor more precisely than the principal: an
     * API token sets {@code alice/token:nightly-sync}. {@link #record} writes it in place of the principal's name.
     */
    public static final String ACTOR_ATTRIBUTE = "loa.audit.actor";
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{1,32}");
    private static final String CUT = "…[cut]";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<SecurityIdentity> identity;

    /**
     * Appends an entry in the caller's transaction.
     *
     * @param actor       who did it (a username, or {@link #SYSTEM}); cut to 64 characters
     * @param action      what was done, lower-case dotted, e.g. {@code bulletin.approved} (at most 32 of a-z 0-9 . _ -)
     * @param subjectType what kind of thing, e.g. {@code bulletin} (same alphabet)
     * @param subjectId   which one; cut to 128 characters
     * @param detail      JSON or text, may be null; cut to {@value #MAX_DETAIL} characters
     * @return the entry as stored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(final String actor, final String action, final String subjectType,
            final String subjectId, final String detail) {
        if (action == null || !NAME.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be 1-32 of a-z 0-9 . _ -: " + action);
        }
        if (subjectType == null || !NAME.matcher(subjectType).matches()) {
            throw new IllegalArgumentException("audit subject type must be 1-32 of a-z 0-9 . _ -: " + subjectType);
        }
        final AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_head row is missing; the V8 migration inserts it");
        }
        final AuditEntry e = new AuditEntry();
        e.seq = head.seq + 1;
        e.at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        e.actor = cut(actor == null || actor.isBlank() ? SYSTEM : precise(actor), 64);
        e.action = action;
        e.subjectType = subjectType;
        e.subjectId = cut(subjectId == null ? "" : subjectId, 128);
        e.detail = detail == null ? null : cut(detail, MAX_DETAIL);
        e.prevHash = head.hash;
        e.hash = e.expectedHash();
        e.persist();
        head.seq = e.seq;
        head.hash = e.hash;
        return e;
    }

    /** The user of the current request, or {@link #SYSTEM} outside a request (startup, timers) or when anonymous. */
    public String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        final SecurityIdentity who = identity.get();
        return who == null || who.isAnonymous() ? SYSTEM : precise(who.getPrincipal().getName());
    }

    /**
     * The actor as recorded: when it is the current request's user and that user acts through an API token, the
     * token's name ({@link #ACTOR_ATTRIBUTE}); otherwise as given. Services pass usernames, so this is the one
     * place that knows about tokens.
     */
    private String precise(final String actor) {
        if (!Arc.container().requestContext().isActive()) {
            return actor;
        }
        final SecurityIdentity who = identity.get();
        if (who == null || who.isAnonymous() || !actor.equals(who.getPrincipal().getName())) {
            return actor;
        }
        final Object token = who.getAttribute(ACTOR_ATTRIBUTE);
        return token instanceof String s ? s : actor;
    }

    /** A JSON object from alternating names and values: {@code json("title", t, "priority", p)}. */
    public static String json(final Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("json needs name, value pairs");
        }
        final Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(String.valueOf(namesAndValues[i]), jsonValue(namesAndValues[i + 1]));
        }
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail cannot be written as JSON", e);
        }
    }

    private static Object jsonValue(final Object v) {
        return v instanceof Instant || v instanceof Enum<?> ? v.toString() : v;
    }

    static String cut(final String s, final int max) {
        return s.length() <= max ? s : s.substring(0, max - CUT.length()) + CUT;
    }
}
