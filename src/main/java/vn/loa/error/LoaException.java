package vn.loa.error;

/**
 * Base of every domain error in Loa. Carries a short machine-readable {@link #code()} (kebab-case, stable, part of
 * the API contract) and a human message. Domain exceptions know nothing of HTTP: {@code vn.loa.web.ProblemMapper}
 * maps each subclass to a status code by walking up this hierarchy.
 */
public abstract class LoaException extends RuntimeException {

    private final String code;

    protected LoaException(final String code, final String message) {
        super(message);
        this.code = code;
    }

    protected LoaException(final String code, final String message, final Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Machine-readable facts beside the message (RFC 9457 extension members), e.g. {@code overrunSeconds}. */
    public java.util.Map<String, Object> extensions() {
        return java.util.Map.of();
    }
}
