package vn.loa.upward;

/**
 * The push adapter's one mapping: a report or a final result to the body the target receives. Loa's own is
 * {@link JsonWireMapping} (the JSON of the schema files). A province with its own format replaces only this: a bean
 * implementing it, annotated {@code @jakarta.enterprise.inject.Alternative @jakarta.annotation.Priority(1)
 * @ApplicationScoped}, anywhere in the application (README, "Province integration"). Nothing else changes: the
 * outbox, the retries and the authentication stay.
 */
public interface WireMapping {

    /** A body and its {@code Content-Type}. */
    record Wire(String contentType, String body) {
    }

    Wire report(UpwardReport report);

    Wire result(FinalResult result);
}
