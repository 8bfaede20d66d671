package vn.loa.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.loa.error.ConflictException;
import vn.loa.error.ForbiddenActionException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.LoaException;
import vn.loa.error.NotFoundException;
import vn.loa.error.UnavailableException;
import vn.loa.error.UnsupportedMediaTypeException;

/**
 * Turns every exception that reaches the REST layer into problem JSON. Domain exceptions map to a status through
 * one table, walking up the class hierarchy; only 5xx answers are logged, and stack traces never reach the client.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    ErrorPages pages;

    private static final Map<Class<? extends LoaException>, Status> STATUS_BY_TYPE = Map.of(
            NotFoundException.class, Status.NOT_FOUND,
            InvalidInputException.class, Status.BAD_REQUEST,
            UnsupportedMediaTypeException.class, Status.UNSUPPORTED_MEDIA_TYPE,
            ConflictException.class, Status.CONFLICT,
            ForbiddenActionException.class, Status.FORBIDDEN,
            UnavailableException.class, Status.SERVICE_UNAVAILABLE);

    public static Status statusOf(final Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            final Status status = STATUS_BY_TYPE.get(c);
            if (status != null) {
                return status;
            }
        }
        return Status.INTERNAL_SERVER_ERROR;
    }

    @ServerExceptionMapper
    public Response domain(final LoaException e) {
        final Status status = statusOf(e.getClass());
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            LOG.errorf(e, "request failed: %s", e.getMessage());
        }
        return pages.answer(Problem.of(status, e.code(), e.getMessage()).with(e.extensions()));
    }

    @ServerExceptionMapper
    public Response validation(final ConstraintViolationException e) {
        final List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        final String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return pages.answer(
                new Problem("/problems/invalid-request", Status.BAD_REQUEST.getReasonPhrase(), 400, detail, errors));
    }

    /**
     * Malformed JSON, a value of the wrong JSON type, a duplicate key, text that is not Unicode, a number out of
     * range or an unknown enum value in a request body ({@link StrictJson}): 400 naming the field by its JSON path.
     */
    @ServerExceptionMapper
    public Response json(final JsonProcessingException e) {
        return pages.answer(JsonErrors.problem(e));
    }

    /** Quarkus has a built-in mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatched(final MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response web(final WebApplicationException e) {
        final Response original = e.getResponse();
        final Status status = Status.fromStatusCode(original.getStatus());
        if (status == null || status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            LOG.errorf(e, "request failed");
            return pages.answer(Problem.of(Status.INTERNAL_SERVER_ERROR, "internal", "internal error"));
        }
        final Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json);
        }
        final Response answer = pages.answer(Problem.ofStatus(status.getStatusCode(), e.getMessage()));
        // keep what the original answer says about the resource (Allow on 405, WWW-Authenticate on 401...)
        original.getHeaders().forEach((name, values) -> {
            if (!answer.getHeaders().containsKey(name)) {
                answer.getHeaders().put(name, values);
            }
        });
        return answer;
    }

    /** Role checks fail inside JAX-RS; answer in the same problem format as everything else. */
    @ServerExceptionMapper
    public Response forbidden(final io.quarkus.security.ForbiddenException e) {
        return pages.answer(Problem.of(Status.FORBIDDEN, "forbidden", "your role does not allow this"));
    }

    /**
     * Anything else. Two store failures are the caller's race, not our fault, and map to 409: an optimistic-lock
     * conflict (someone changed the same thing at the same moment) and a unique-key violation (two identical
     * creations at once). They usually arrive wrapped, so the whole cause chain is searched.
     */
    @ServerExceptionMapper
    public Response unexpected(final RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return pages.answer(Problem.of(Status.CONFLICT, "concurrent-change",
                        "someone else changed this at the same moment; reload and try again"));
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return pages.answer(Problem.of(Status.CONFLICT, "already-exists",
                        "this conflicts with something that was just created"));
            }
        }
        LOG.errorf(e, "unexpected error");
        return pages.answer(Problem.of(Status.INTERNAL_SERVER_ERROR, "internal", "internal error"));
    }

    private static String fieldName(final ConstraintViolation<?> v) {
        final String path = v.getPropertyPath().toString();
        // "create.request.title" -> "title": the method and parameter names mean nothing to the client
        final int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
