package vn.loa.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** {@code /api/users} (admins) and {@code /api/me} (anyone logged in). Password hashes never leave the server. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** A user as the API shows it. */
    public record UserView(String username, String role, Long areaId, Instant createdAt, boolean serviceAccount) {
        static UserView of(final UserAccount u) {
            return new UserView(u.username, u.role, u.areaId, u.createdAt, u.serviceAccount);
        }
    }

    @Inject
    UserService users;

    @Inject
    SecurityIdentity identity;

    @Inject
    LoginLockout lockout;

    /** Answer of {@code POST /api/users/{username}/unlock}. */
    public record Unlocked(String username, boolean wasLocked) {
    }

    @POST
    @Path("users")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull final UserRequest request) {
        final UserAccount u = users.create(request.username(), request.password(), Role.of(request.role()),
                request.areaId());
        return Response.created(URI.create("/api/users/" + u.username)).entity(UserView.of(u)).build();
    }

    @GET
    @Path("users")
    @RolesAllowed(Role.ADMIN)
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    /** Lifts a login lockout before it runs out, and forgets the failed attempts. */
    @POST
    @Path("users/{username}/unlock")
    @RolesAllowed(Role.ADMIN)
    public Unlocked unlock(@jakarta.ws.rs.PathParam("username") final String username) {
        if (UserAccount.findByUsername(username).isEmpty()) {
            throw new vn.loa.error.NotFoundException("user", username);
        }
        return new Unlocked(username, lockout.unlock(username, identity.getPrincipal().getName()));
    }

    @GET
    @Path("me")
    @Authenticated
    public UserView me() {
        return UserAccount.findByUsername(identity.getPrincipal().getName()).map(UserView::of).orElseThrow();
    }
}
