package vn.loa.alert;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.loa.area.AreaGuard;
import vn.loa.area.AreaScope;

/** Records and lists security events. */
@ApplicationScoped
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger(SecurityEvents.class);

    @Inject
    Clock clock;

    @Inject
    AreaGuard guard;

    /**
     * Records a receiver's rejection; {@code detail} is {@code "<code>: <text>"} as on the wire. Once per occurrence:
     * a redelivered copy of the same report (same receiver, command, code and receiver time) is recorded once, and a
     * unique key (V14) backs this up against two copies handled at the same time. Events without a receiver time (the
     * controller's own findings, such as a forged ack) are each recorded.
     *
     * @return false when this occurrence was already recorded
     */
    @Transactional
    public boolean rejection(final String receiverId, final String commandId, final String detail,
            final Instant receiverAt) {
        if (receiverAt != null && SecurityEvent.count("receiverId = ?1 and commandId = ?2 and code = ?3 "
                + "and receiverAt = ?4", receiverId, commandId, codeOf(detail), receiverAt) > 0) {
            LOG.debugf("security event of %s about %s at %s already recorded", receiverId, commandId, receiverAt);
            return false;
        }
        final SecurityEvent e = new SecurityEvent();
        e.receiverId = receiverId;
        e.commandId = commandId;
        e.code = codeOf(detail);
        e.detail = detail;
        e.receiverAt = receiverAt;
        e.serverAt = clock.instant();
        e.persist();
        LOG.warnf("SECURITY receiver %s refused command %s: %s", receiverId, commandId, detail);
        return true;
    }

    /** Records that a username was locked after repeated failed logins (no receiver; never the passwords). */
    @Transactional
    public void loginLocked(final String username, final int failures, final Instant lockedUntil) {
        final SecurityEvent e = new SecurityEvent();
        e.code = "login-locked";
        e.detail = "user " + username + " locked until " + lockedUntil + " after " + failures + " failed logins";
        e.serverAt = clock.instant();
        e.persist();
        LOG.warnf("SECURITY login for %s locked until %s after %d failed passwords",
                username.replaceAll("\\p{Cntrl}", "?"), lockedUntil, failures);
    }

    /**
     * Records a CAP message refused as hostile or untrusted (a DTD, no or a bad signature, an unknown sender), in its
     * own transaction so the refusal's rollback keeps it. No receiver: administrators see these.
     *
     * @param code   the refusal code, e.g. {@code cap-bad-signature}
     * @param detail who posted it, the CAP sender and identifier when known, and why
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void capRefused(final String code, final String detail) {
        final SecurityEvent e = new SecurityEvent();
        e.code = codeOf(code);
        e.detail = detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
        e.serverAt = clock.instant();
        e.persist();
        LOG.warnf("SECURITY CAP message refused (%s): %s", e.code, e.detail.replaceAll("\\p{Cntrl}", "?"));
    }

    private static List<SecurityEvent> recent(final int limit) {
        return SecurityEvent.findAll(Sort.descending("id")).page(0, limit).list();
    }

    /**
     * The newest {@code limit} events of receivers in the user's area. Events without a receiver (login locks) are
     * for administrators, who see everything.
     */
    public List<SecurityEvent> recent(final int limit, final String username) {
        final AreaScope scope = guard.scope(username);
        if (scope.everywhere()) {
            return recent(limit);
        }
        if (scope.areaIds().isEmpty()) {
            return List.of();
        }
        return SecurityEvent.find("from SecurityEvent e where exists (select r.id from Receiver r "
                + "where r.id = e.receiverId and r.areaId in ?1) order by e.id desc", scope.areaIds())
                .page(0, limit).list();
    }

    /** The machine-readable code in front of a detail, {@code unknown} when there is none. */
    public static String codeOf(final String detail) {
        if (detail == null) {
            return "unknown";
        }
        final int colon = detail.indexOf(':');
        final String code = colon < 0 ? detail : detail.substring(0, colon);
        return code.matches("[a-z0-9-]{1,32}") ? code : "unknown";
    }
}
