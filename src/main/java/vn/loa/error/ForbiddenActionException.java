package vn.loa.error;

/** The caller is authenticated but this action is not theirs to take (for example approving their own bulletin). */
public class ForbiddenActionException extends LoaException {

    public ForbiddenActionException(final String code, final String message) {
        super(code, message);
    }
}
