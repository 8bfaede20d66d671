package vn.loa.receiver;

import java.util.List;
import vn.loa.error.InvalidInputException;

/** A receiver import refused as a whole: nothing was stored. Carries the line errors (the first of them). */
public class ImportRejectedException extends InvalidInputException {

    private final transient List<ReceiverCsv.LineError> errors;
    private final int total;

    ImportRejectedException(final List<ReceiverCsv.LineError> errors, final int total) {
        super("invalid-import", total + " error(s) in the file; nothing was imported / " + total
                + " lỗi trong tệp, chưa nhập gì");
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    static ImportRejectedException of(final ReceiverCsv.LineError error) {
        return new ImportRejectedException(List.of(error), 1);
    }

    /** The errors listed (at most {@link ReceiverCsv#MAX_ERRORS}), in line order. */
    public List<ReceiverCsv.LineError> errors() {
        return errors;
    }

    /** How many errors there were, listed or not. */
    public int total() {
        return total;
    }
}
