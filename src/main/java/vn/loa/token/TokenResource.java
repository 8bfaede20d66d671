package vn.loa.token;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.loa.error.ForbiddenActionException;

/**
 * {@code /api/tokens}: anyone logged in makes tokens for themselves, lists and revokes their own; administrators
 * also make them for service accounts and see and revoke everyone's. A token may list and revoke but not make
 * tokens: a leaked token must not be able to outlive its own expiry or revocation.
 */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityIdentity identity;

    /** Answers 201 with the token in {@code secret}: the only time it is ever shown. */
    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull final TokenRequest request) {
        if (BearerIdentityProvider.isToken(identity)) {
            throw new ForbiddenActionException("token-cannot-make-tokens",
                    "API tokens are made with a password, not with another token / cần đăng nhập bằng mật khẩu để "
                            + "tạo mã");
        }
        final ApiTokens.Created made = tokens.create(me(), request);
        return Response.created(URI.create("/api/tokens/" + made.token().id())).entity(made).build();
    }

    @GET
    @Authenticated
    public List<TokenView> list() {
        return tokens.list(me());
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    public TokenView revoke(@PathParam("id") final long id) {
        return tokens.revoke(id, me());
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
