package vn.loa.error;

/** The thing named by an id does not exist (or is not visible to the caller). */
public class NotFoundException extends LoaException {

    public NotFoundException(final String what, final Object id) {
        super("not-found", what + " " + id + " does not exist");
    }
}
