package vn.loa.audit;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.loa.security.Role;

/**
 * {@code GET /api/audit} (officials and admins): the trail, newest first, filtered and paged. An official sees what
 * the people of their area (and below) did; an admin sees everything, the system's own entries included.
 * {@code POST /api/audit/verify} (admins): walks the whole hash chain and says where it breaks, if anywhere.
 */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One entry as the API shows it, hashes included so anyone can re-check a printed copy. */
    public record View(long seq, Instant at, String actor, String action, String subjectType, String subjectId,
            String detail, String prevHash, String hash) {
        static View of(final AuditEntry e) {
            return new View(e.seq, e.at, e.actor, e.action, e.subjectType, e.subjectId, e.detail, e.prevHash, e.hash);
        }
    }

    /** A page of entries and the number of entries matching the filters. */
    public record Page(List<View> entries, int page, int size, long total) {
    }

    @Inject
    AuditVerifier verifier;

    @Inject
    vn.loa.area.AreaGuard guard;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public Page list(@QueryParam("from") final String from, @QueryParam("to") final String to,
            @QueryParam("actor") final String actor, @QueryParam("action") final String action,
            @QueryParam("subject") final String subject,
            @QueryParam("page") @DefaultValue("0") @Min(0) final int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) final int size) {
        final AuditQuery q = AuditQuery.of(from, to, actor, action, subject);
        final List<Object> params = new ArrayList<>();
        final String where = within(q.where(params), params);
        final Object[] args = params.toArray();
        final List<View> entries = AuditEntry.<AuditEntry>find(where, Sort.descending("seq"), args)
                .page(page, size).list().stream().map(View::of).toList();
        return new Page(entries, page, size, AuditEntry.count(where, args));
    }

    /** Limits the condition to entries whose actor is a user of the caller's area or below. */
    private String within(final String where, final List<Object> params) {
        final vn.loa.area.AreaScope scope = guard.scope(identity.getPrincipal().getName());
        if (scope.everywhere()) {
            return where;
        }
        if (scope.areaIds().isEmpty()) {
            return where + " and 1 = 0";
        }
        params.add(scope.areaIds());
        // an API token's actions are recorded as "user/token:name" (AuditTrail.ACTOR_ATTRIBUTE): they belong to its user
        return where + " and (actor in (select u.username from UserAccount u where u.areaId in ?" + params.size()
                + ") or exists (select 1 from UserAccount u where u.areaId in ?" + params.size()
                + " and locate(concat(u.username, '/token:'), actor) = 1))";
    }

    @POST
    @Path("verify")
    @RolesAllowed(Role.ADMIN)
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }
}
