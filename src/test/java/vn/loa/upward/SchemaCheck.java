package vn.loa.upward;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates documents against the schema files in {@code src/main/resources/upward/} (networknt's validator, draft
 * 2020-12, formats asserted: a time that is no RFC 3339 date-time fails).
 */
final class SchemaCheck {

    static final String REPORT = "upward/upward-report.schema.json";
    static final String RESULT = "upward/upward-result.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCheck() {
    }

    /** The validator's messages; empty when the document is valid. */
    static List<String> errors(final String schemaResource, final String document) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(schemaResource)) {
            final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            final JsonNode node = JSON.readTree(document);
            return schema.validate(node).stream().map(ValidationMessage::getMessage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
