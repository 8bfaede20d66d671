package vn.loa.token;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.loa.area.Area;
import vn.loa.area.AreaDirectory;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.ProblemMapper;
import vn.loa.web.Ui;

/**
 * {@code /ui/tokens}: make a token (shown once, in the answer to the post that made it), list and revoke. The rules
 * are {@link ApiTokens}'s. The answer that shows a new token is not a redirect, since the token must never appear in
 * an address; a second submit of the same form goes to the list instead of making another token.
 */
@Path("/ui/tokens")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
public class TokenPages {

    /** Days a new token lasts unless the form says otherwise. */
    static final int DEFAULT_DAYS = 90;

    /** A row of the token list, with its area's name. */
    public record Row(TokenView t, String area) {
    }

    /** An area an administrator may give a service account. */
    public record AreaChoice(long id, String path) {
        /** The id as the form sends it back. */
        public String value() {
            return Long.toString(id);
        }
    }

    /** What the form was filled with, to show it back with a message. */
    public record Form(String name, String days, String serviceAccount, String role, String areaId) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<Row> rows, Form form, List<String> errors, String formToken,
                String secret, List<AreaChoice> areas);
    }

    @Inject
    ApiTokens tokens;

    @Inject
    FormTokens forms;

    @Inject
    AreaDirectory directory;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page() {
        return render(new Form("", String.valueOf(DEFAULT_DAYS), "", "", ""), List.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm final String formToken, @RestForm final String name, @RestForm final String days,
            @RestForm final String serviceAccount, @RestForm final String role, @RestForm final String areaId) {
        final Form form = new Form(name, days, serviceAccount, role, areaId);
        final FormTokens.Claim claim = forms.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE, BUSY:
                return Response.seeOther(URI.create("/ui/tokens")).build();
            case UNKNOWN:
                return Response.status(400).entity(render(form, List.of(messages().formExpired()), null)).build();
            default:
                break;
        }
        final Integer dayCount;
        final Long area;
        try {
            dayCount = Integer.valueOf(days == null ? "" : days.strip());
            area = areaId == null || areaId.isBlank() ? null : Long.valueOf(areaId.strip());
        } catch (NumberFormatException e) {
            forms.release(formToken);
            return Response.status(400).entity(render(form, List.of(messages().badDays()), formToken)).build();
        }
        final boolean service = Role.ADMIN.equals(role()) && serviceAccount != null && !serviceAccount.isBlank();
        final ApiTokens.Created made;
        try {
            made = tokens.create(me(), new TokenRequest(name, service ? role : null, null, dayCount,
                    service ? serviceAccount : null, service ? area : null));
        } catch (LoaException e) {
            forms.release(formToken);
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(form, List.of(explain(e)), formToken)).build();
        }
        forms.complete(formToken, "/ui/tokens");
        return Response.ok(ui.page(Templates.tokens(rows(), new Form("", String.valueOf(DEFAULT_DAYS), "", "", ""),
                List.of(), forms.issue(me()), made.secret(), areas()))).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") final long id) {
        try {
            tokens.revoke(id, me());
        } catch (LoaException e) {
            return Response.status(ProblemMapper.statusOf(e.getClass()).getStatusCode())
                    .entity(render(new Form("", String.valueOf(DEFAULT_DAYS), "", "", ""), List.of(explain(e)),
                            null)).build();
        }
        return Response.seeOther(URI.create("/ui/tokens")).build();
    }

    private TemplateInstance render(final Form form, final List<String> errors, final String formToken) {
        return ui.page(Templates.tokens(rows(), form, errors, formToken != null ? formToken : forms.issue(me()), null,
                areas()));
    }

    private List<Row> rows() {
        return tokens.list(me()).stream()
                .map(t -> new Row(t, t.areaId() == null ? messages().noArea() : directory.path(t.areaId())))
                .toList();
    }

    /** Open areas for a new service account: administrators only; nobody else picks an area. */
    private List<AreaChoice> areas() {
        if (!Role.ADMIN.equals(role())) {
            return List.of();
        }
        return Area.<Area>list("archived = false").stream().map(a -> new AreaChoice(a.id, directory.path(a.id)))
                .sorted(Comparator.comparing(AreaChoice::path)).toList();
    }

    private String explain(final LoaException e) {
        return switch (e.code()) {
            case "token-name-required" -> messages().nameRequired();
            case "token-name-invalid" -> messages().nameInvalid();
            case "token-name-taken" -> messages().nameTaken();
            case "expiry-out-of-range", "expiry-required" -> messages().badDays();
            case "token-role-not-allowed" -> messages().roleNotAllowed();
            case "service-account-invalid" -> messages().accountInvalid();
            case "not-a-service-account" -> messages().notServiceAccount();
            case "role-required", "unknown-role" -> messages().roleRequired();
            case "not-found" -> messages().notFound();
            default -> messages().failed(e.getMessage());
        };
    }

    private String role() {
        return identity.getRoles().stream().findFirst().orElse("");
    }

    private TokenMessages messages() {
        return ui.messages(TokenMessages.class);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
