package vn.loa.error;

/** The request body is of a media type this operation does not take (an upload of the wrong kind of file). */
public class UnsupportedMediaTypeException extends InvalidInputException {

    public UnsupportedMediaTypeException(final String code, final String message) {
        super(code, message);
    }
}
