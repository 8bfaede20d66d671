package vn.loa.error;

/** The request is well-formed but its content breaks a rule (a limit, a format, a time in the past...). */
public class InvalidInputException extends LoaException {

    public InvalidInputException(final String code, final String message) {
        super(code, message);
    }
}
