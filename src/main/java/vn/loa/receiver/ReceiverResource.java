package vn.loa.receiver;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import vn.loa.security.Role;
import vn.loa.signing.ControllerKeys;

/** {@code /api/receivers}: admins register receivers; everyone logged in sees the fleet in their area. */
@Path("/api/receivers")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiverResource {

    @Inject
    ReceiverService service;

    @Inject
    ControllerKeys keys;

    @Inject
    ReceiverImport importer;

    @Inject
    FleetConfig fleet;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    /** The answer to a registration: the receiver, and the key its agent must be configured with. */
    public record Registered(@JsonUnwrapped ReceiverView receiver, String brokerUsername, String brokerSecret,
            String controllerPublicKey, String keyId) {
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull final ReceiverRequest request) {
        final ReceiverService.WithSecret made = service.register(request);
        return Response.created(URI.create("/api/receivers/" + made.receiver().id)).entity(registered(made)).build();
    }

    /**
     * Registers many receivers from a CSV file ({@link ReceiverCsv}), all or nothing; answers their secrets, shown
     * this once, as a CSV download {@code id,username,secret}. A wrong line refuses the whole file with problem JSON
     * whose {@code errors} list {@code line}, {@code field} and {@code message}.
     */
    @POST
    @Path("import")
    @RolesAllowed(Role.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response importCsv(final byte[] csv) {
        final List<ReceiverImport.Imported> made = importer.importCsv(csv == null ? new byte[0] : csv);
        return Response.ok(ImportAnswer.secretsCsv(made), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ImportAnswer.fileName(clock) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** An import's line errors, as problem JSON with {@code errors: [{line, field, message}]}. */
    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response rejected(final ImportRejectedException e) {
        return ImportAnswer.problem(e);
    }

    /** A new broker secret for a receiver, shown once; the old one stops working. */
    @POST
    @Path("{id}/secret")
    @RolesAllowed(Role.ADMIN)
    public Registered newSecret(@PathParam("id") final String id) {
        return registered(service.newSecret(id));
    }

    /** Sets where a receiver stands, for the fleet map. */
    @PUT
    @Path("{id}/position")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public ReceiverView setPosition(@PathParam("id") final String id,
            @Valid @NotNull final PositionRequest request) {
        return view(service.setPosition(id, new Position(request.latitude(), request.longitude())));
    }

    /** Forgets where a receiver stands; it is then listed beside the fleet map. */
    @DELETE
    @Path("{id}/position")
    @RolesAllowed(Role.ADMIN)
    public ReceiverView clearPosition(@PathParam("id") final String id) {
        return view(service.setPosition(id, null));
    }

    @Inject
    FleetTests tests;

    private ReceiverView view(final Receiver r) {
        return ReceiverView.of(r, fleet, clock.instant());
    }

    private Registered registered(final ReceiverService.WithSecret made) {
        final ControllerKeys.PublicInfo key = keys.current();
        return new Registered(view(made.receiver()), made.receiver().id, made.secret(), key.publicKey(),
                key.keyId());
    }

    @GET
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public List<ReceiverView> list(@QueryParam("commune") final String commune,
            @QueryParam("village") final String village, @QueryParam("flagged") final boolean flagged) {
        final List<ReceiverView> views = service.list(commune, village, me()).stream().map(this::view).toList();
        final java.util.Map<String, String> failed = tests.failedLastTest(views.stream().map(ReceiverView::id)
                .toList());
        return views.stream().map(v -> failed.containsKey(v.id()) ? v.withFlag(FleetTests.FLAG) : v)
                .filter(v -> !flagged || !v.flags().isEmpty()).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.STAFF, Role.APPROVER, Role.OFFICIAL, Role.ADMIN})
    public ReceiverView get(@PathParam("id") final String id) {
        final ReceiverView v = view(service.get(id, me()));
        return tests.failedLastTest(List.of(id)).containsKey(id) ? v.withFlag(FleetTests.FLAG) : v;
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
