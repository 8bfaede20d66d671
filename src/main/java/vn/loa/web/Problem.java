package vn.loa.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is a relative URI naming the machine-readable error code; stack traces
 * and class names never go out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public Problem(final String type, final String title, final int status, final String detail,
            final List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    /** RFC 9457 3.2 extension members ({@code overrunSeconds}), written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    /** This problem with extension members. */
    public Problem with(final Map<String, Object> members) {
        return members == null || members.isEmpty() ? this
                : new Problem(type, title, status, detail, errors, Map.copyOf(members));
    }

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One invalid field of a request body or query. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(final Response.Status status, final String code, final String detail) {
        return new Problem("/problems/" + code, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    /**
     * A problem for a bare HTTP status (a 416 from a resource, a 413 or 414 from the HTTP layer): its code is the
     * reason phrase in lower case with hyphens ({@code request-uri-too-long}).
     */
    public static Problem ofStatus(final int status, final String detail) {
        final String reason = reasonPhrase(status);
        return new Problem("/problems/" + reason.toLowerCase(Locale.ROOT).replace(' ', '-').replace("/", ""),
                reason, status, detail, null);
    }

    static String reasonPhrase(final int status) {
        final Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
