package vn.loa.upward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import vn.loa.area.AreaDirectory;
import vn.loa.audit.AuditTrail;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/**
 * The push targets: an administrator adds one, lists them (secrets never leave), disables one (its queued items stay
 * visible; they are not sent while it is disabled) and asks for a report on demand. Every change is audited.
 */
@ApplicationScoped
public class Targets {

    @Inject
    AreaDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    UpwardConfig config;

    @Inject
    Clock clock;

    @Transactional
    public TargetView create(final String by, final TargetRequest r) {
        if (r == null) {
            throw new InvalidInputException("body-required", "a target is required");
        }
        final String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new InvalidInputException("invalid-name", "'name' is required, at most 60 characters");
        }
        if (UpwardTarget.count("name", name) > 0) {
            throw new ConflictException("target-name-taken", "a target named '" + name + "' exists");
        }
        final UpwardTarget t = new UpwardTarget();
        t.name = name;
        t.url = url(r.url());
        t.auth = auth(r.auth());
        t.username = blankToNull(r.username());
        t.secret = blankToNull(r.secret());
        if (t.auth != UpwardTarget.Auth.NONE && (t.secret == null || t.secret.length() > 500)) {
            throw new InvalidInputException("secret-required", "'secret' (the token or password, at most 500 "
                    + "characters) is required for " + t.auth.name().toLowerCase(Locale.ROOT) + " authentication");
        }
        if (t.auth == UpwardTarget.Auth.BASIC && (t.username == null || t.username.contains(":")
                || t.username.length() > 100)) {
            throw new InvalidInputException("username-required", "'username' (without ':', at most 100 characters)"
                    + " is required for basic authentication");
        }
        if (t.auth == UpwardTarget.Auth.NONE && (t.secret != null || t.username != null)) {
            throw new InvalidInputException("credentials-without-auth", "'username' and 'secret' need 'auth' bearer "
                    + "or basic");
        }
        if (r.areaId() == null) {
            throw new InvalidInputException("area-required", "'areaId' is required");
        }
        t.areaId = directory.get(r.areaId()).id;
        t.dailyReport = r.dailyReport() == null || r.dailyReport();
        t.results = r.results() != null && r.results();
        t.enabled = true;
        t.createdBy = by;
        t.createdAt = clock.instant();
        t.persist();
        audit.record(by, "upward.target.created", "upward_target", String.valueOf(t.id), AuditTrail.json(
                "name", t.name, "url", t.url, "auth", t.auth.name(), "areaId", t.areaId));
        return TargetView.of(t, directory.path(t.areaId));
    }

    @Transactional
    public List<TargetView> list() {
        return UpwardTarget.<UpwardTarget>list("order by id").stream()
                .map(t -> TargetView.of(t, directory.path(t.areaId))).toList();
    }

    @Transactional
    public TargetView disable(final String by, final long id) {
        final UpwardTarget t = find(id);
        t.enabled = false;
        audit.record(by, "upward.target.disabled", "upward_target", String.valueOf(id), AuditTrail.json(
                "name", t.name));
        return TargetView.of(t, directory.path(t.areaId));
    }

    /** Queues the report of the target's area for a period now (the on-demand push). */
    @Transactional
    public OutboxItem sendReport(final String by, final long id, final String from, final String to) {
        final UpwardTarget t = find(id);
        if (!t.enabled) {
            throw new ConflictException("target-disabled", "target " + id + " is disabled");
        }
        final Period p = Period.parse(from, to, config.maxPeriodDays(), clock);
        final OutboxItem item = outbox.queueReport(t, p.from(), p.to());
        audit.record(by, "upward.report.queued", "upward_target", String.valueOf(id), AuditTrail.json(
                "from", p.from().toString(), "to", p.to().toString()));
        return item;
    }

    private static UpwardTarget find(final long id) {
        final UpwardTarget t = UpwardTarget.findById(id);
        if (t == null) {
            throw new NotFoundException("upward target", id);
        }
        return t;
    }

    private static String url(final String value) {
        final String v = value == null ? "" : value.strip();
        try {
            final URI u = new URI(v);
            if (v.length() <= 500 && u.isAbsolute() && u.getHost() != null
                    && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getRawUserInfo() == null && u.getRawFragment() == null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException("invalid-url", "'url' must be an absolute http or https URL without "
                + "credentials or fragment, at most 500 characters");
    }

    private static UpwardTarget.Auth auth(final String value) {
        if (value == null || value.isBlank()) {
            return UpwardTarget.Auth.NONE;
        }
        try {
            return UpwardTarget.Auth.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-auth", "'auth' must be none, bearer or basic");
        }
    }

    private static String blankToNull(final String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
