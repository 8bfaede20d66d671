package vn.loa.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.loa.bulletin.BulletinService;
import vn.loa.bulletin.BulletinState;

/**
 * The web UI's front door: the login page (form login posts to {@code /j_security_check}, handled by Quarkus),
 * the home page {@code /ui} and logout. Feature pages live in their own packages ({@code BulletinPages}...).
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class UiPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean loggedOut);

        static native TemplateInstance home(int waiting, java.util.List<vn.loa.portal.Suggestions.Suggestion> suggestions);
    }

    @Inject
    Ui ui;

    @Inject
    BulletinService bulletins;

    /** New e-portal articles for staff ({@code vn.loa.portal}): shown on the home page. */
    @Inject
    vn.loa.portal.Suggestions suggestions;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Authenticated
    public TemplateInstance home() {
        final int waiting = ui.approver() ? bulletins.list(BulletinState.SUBMITTED, 1000, ui.user()).size() : 0;
        return ui.page(Templates.home(waiting, ui.staff() ? suggestions.forUser(ui.user()) : java.util.List.of()));
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") final String error, @QueryParam("out") final String out) {
        return ui.page(Templates.login(error != null, out != null));
    }

    /** Ends the session: the session cookie is encrypted and holds no server state, so deleting it is the logout. */
    @POST
    @Path("logout")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        final NewCookie gone = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/ui/login?out=1")).cookie(gone).build();
    }
}
