package vn.loa.upward;

import java.time.Instant;
import java.util.Locale;

/** A target as answers and pages show it: whether a secret is set, never the secret. */
public record TargetView(long id, String name, String url, String auth, String username, boolean secretSet,
        long areaId, String area, boolean dailyReport, boolean results, boolean enabled, String createdBy,
        Instant createdAt) {

    static TargetView of(final UpwardTarget t, final String areaPath) {
        return new TargetView(t.id, t.name, t.url, t.auth.name().toLowerCase(Locale.ROOT), t.username,
                t.secret != null && !t.secret.isEmpty(), t.areaId, areaPath, t.dailyReport, t.results, t.enabled,
                t.createdBy, t.createdAt);
    }
}
