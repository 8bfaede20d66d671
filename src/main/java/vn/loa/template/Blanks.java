package vn.loa.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** A template's declared blanks as stored: a JSON array in one column, written and read only here. */
final class Blanks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Blank>> LIST = new TypeReference<>() {
    };

    private Blanks() {
    }

    static String write(final List<Blank> blanks) {
        try {
            return JSON.writeValueAsString(blanks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("blanks cannot be written as JSON", e);
        }
    }

    static List<Blank> read(final String json) {
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored blanks are not valid JSON", e);
        }
    }
}
