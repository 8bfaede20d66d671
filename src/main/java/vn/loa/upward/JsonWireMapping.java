package vn.loa.upward;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loa's wire format: the report and the result as the API's JSON ({@code upward/upward-report.schema.json},
 * {@code upward/upward-result.schema.json}; RFC 3339 UTC times). Replaced by a CDI alternative, see
 * {@link WireMapping}.
 */
@ApplicationScoped
public class JsonWireMapping implements WireMapping {

    static final String JSON = "application/json; charset=UTF-8";

    @Inject
    ObjectMapper json;

    @Override
    public Wire report(final UpwardReport report) {
        return new Wire(JSON, write(report));
    }

    @Override
    public Wire result(final FinalResult result) {
        return new Wire(JSON, write(result));
    }

    private String write(final Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
