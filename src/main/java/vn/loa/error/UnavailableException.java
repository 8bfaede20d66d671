package vn.loa.error;

/** A part Loa depends on (speech engine, broker, storage) cannot do the work right now. */
public class UnavailableException extends LoaException {

    public UnavailableException(final String code, final String message, final Throwable cause) {
        super(code, message, cause);
    }
}
