package vn.loa.error;

/** The request is valid but the current state of the thing does not allow it (approving a draft, editing an approved bulletin...). */
public class ConflictException extends LoaException {

    public ConflictException(final String code, final String message) {
        super(code, message);
    }
}
