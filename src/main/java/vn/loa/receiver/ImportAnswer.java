package vn.loa.receiver;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.loa.web.Problem;

/** What a receiver import answers: the secrets file, or the problem with its line errors. */
final class ImportAnswer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** Problem JSON (RFC 9457) whose errors name lines. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineProblem(String type, String title, int status, String detail, int errorCount,
            List<ReceiverCsv.LineError> errors) {
    }

    private ImportAnswer() {
    }

    /** {@code id,username,secret}, one receiver a line (the broker username is the id). */
    static String secretsCsv(final List<ReceiverImport.Imported> made) {
        final StringWriter out = new StringWriter(made.size() * 80);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "username", "secret")
                .get())) {
            for (ReceiverImport.Imported i : made) {
                csv.printRecord(i.id(), i.id(), i.secret());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String fileName(final Clock clock) {
        return "loa-receiver-secrets-" + STAMP.format(clock.instant()) + ".csv";
    }

    static Response problem(final ImportRejectedException e) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(new LineProblem("/problems/" + e.code(),
                "Bad Request", 400, e.getMessage(), e.total(), e.errors())).build();
    }
}
