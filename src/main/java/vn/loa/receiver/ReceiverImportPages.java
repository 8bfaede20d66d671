package vn.loa.receiver;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.loa.error.LoaException;
import vn.loa.security.Role;
import vn.loa.web.FormTokens;
import vn.loa.web.Ui;

/**
 * {@code /ui/receivers/import}: administrators upload a CSV of receivers ({@link ReceiverCsv}); the whole file is
 * registered or nothing. On success the result page offers the secrets file once ({@link ImportDownloads}); on a
 * refusal the form comes back with every line error.
 */
@Path("/ui/receivers/import")
@RolesAllowed(Role.ADMIN)
public class ReceiverImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String formToken, List<ReceiverCsv.LineError> errors, int errorCount,
                String message, int maxRows);

        static native TemplateInstance done(String key, int count);
    }

    @Inject
    Ui ui;

    @Inject
    ReceiverImport importer;

    @Inject
    ImportDownloads downloads;

    @Inject
    FormTokens tokens;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return form(tokens.issue(me()), List.of(), 0, null);
    }

    private TemplateInstance form(final String token, final List<ReceiverCsv.LineError> errors, final int count,
            final String message) {
        return ui.page(Templates.form(token, errors, count, message, ReceiverCsv.MAX_ROWS));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm final String formToken, @RestForm("file") final FileUpload file) {
        final FormTokens.Claim claim = tokens.claim(formToken, me());
        switch (claim.outcome()) {
            case DONE:
                return seeOther(claim.result());
            case BUSY:
                return seeOther("/ui/receivers/import");
            case UNKNOWN:
                return Response.ok(form(tokens.issue(me()), List.of(), 0, messages().formExpired())).build();
            default:
                break;
        }
        if (file == null || file.uploadedFile() == null) {
            tokens.release(formToken);
            return Response.ok(form(formToken, List.of(), 0, messages().noFile())).build();
        }
        final List<ReceiverImport.Imported> made;
        try {
            made = importer.importCsv(Files.readAllBytes(file.uploadedFile()));
        } catch (ImportRejectedException e) {
            tokens.release(formToken);
            return Response.ok(form(formToken, e.errors(), e.total(), messages().refused(e.total()))).build();
        } catch (LoaException e) {
            tokens.release(formToken);
            return Response.ok(form(formToken, List.of(), 0, e.getMessage())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final String key = downloads.keep(me(), ImportAnswer.secretsCsv(made), made.size());
        final String result = "/ui/receivers/import/" + key;
        tokens.complete(formToken, result);
        return seeOther(result);
    }

    /** The result page: how many were registered, and the secrets file while it is still there. */
    @GET
    @Path("{key}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance done(@PathParam("key") final String key) {
        return ui.page(Templates.done(downloads.count(key, me()).isPresent() ? key : null,
                downloads.count(key, me()).orElse(0)));
    }

    /** The secrets file, once; 404 afterwards (or for anyone but the administrator who imported). */
    @GET
    @Path("{key}/secrets.csv")
    @Produces("text/csv")
    public Response secrets(@PathParam("key") final String key) {
        return downloads.take(key, me()).map(csv -> Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ImportAnswer.fileName(clock) + "\"")
                .header("Cache-Control", "no-store").build())
                .orElseThrow(() -> new vn.loa.error.NotFoundException("secrets file", key));
    }

    private ImportMessages messages() {
        return ui.messages(ImportMessages.class);
    }

    private static Response seeOther(final String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
