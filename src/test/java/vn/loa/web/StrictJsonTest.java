package vn.loa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Body(String title, boolean all, Integer count, Double latitude, List<String> names) {
    }

    private static final ObjectMapper MAPPER = strict();

    private static ObjectMapper strict() {
        final ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static JsonProcessingException refused(final String json) {
        return assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(json, Body.class));
    }

    @Test
    void hasUnpairedSurrogate_pairsAndPlainText_false() {
        assertFalse(StrictJson.hasUnpairedSurrogate("Lũ 🌊 về"));
        assertFalse(StrictJson.hasUnpairedSurrogate(""));
    }

    @Test
    void hasUnpairedSurrogate_loneHighLowOrReversed_true() {
        assertTrue(StrictJson.hasUnpairedSurrogate("a\ud800"));
        assertTrue(StrictJson.hasUnpairedSurrogate("\udc00a"));
        assertTrue(StrictJson.hasUnpairedSurrogate("\udf0a\ud83c"));
    }

    @Test
    void readValue_validBody_reads() throws Exception {
        final Body b = MAPPER.readValue("{\"title\":\"t\",\"all\":true,\"count\":3,\"latitude\":21,\"names\":[\"a\"]}",
                Body.class);
        assertEquals(new Body("t", true, 3, 21.0, List.of("a")), b);
    }

    @Test
    void readValue_numberAsString_refusedNamingField() {
        final JsonProcessingException e = refused("{\"title\": 1.5}");
        assertEquals("title", JsonErrors.path(e));
        assertEquals("must be a JSON string", JsonErrors.message(e));
    }

    @Test
    void readValue_integerAsBoolean_refused() {
        final JsonProcessingException e = refused("{\"all\": -1}");
        assertEquals("all", JsonErrors.path(e));
        assertEquals("must be true or false", JsonErrors.message(e));
    }

    @Test
    void readValue_nullBoolean_refusedButAbsentIsFalse() throws Exception {
        final JsonProcessingException e = refused("{\"all\": null}");
        assertEquals("all", JsonErrors.path(e));
        assertEquals("must be true or false", JsonErrors.message(e));
        assertFalse(MAPPER.readValue("{\"names\": [\"rx-a\"]}", Body.class).all());
    }

    @Test
    void readValue_decimalOrStringAsInteger_refused() {
        assertEquals("must be an integer", JsonErrors.message(refused("{\"count\": 1.0}")));
        assertEquals("must be an integer", JsonErrors.message(refused("{\"count\": \"1\"}")));
    }

    @Test
    void readValue_integerOverflow_refusedOutOfRange() {
        final JsonProcessingException e = refused("{\"count\": 99999999999999999999}");
        assertEquals("count", JsonErrors.path(e));
        assertEquals(JsonErrors.OUT_OF_RANGE, JsonErrors.message(e));
    }

    @Test
    void readValue_infiniteDouble_refusedOutOfRange() {
        final JsonProcessingException e = refused("{\"latitude\": 1e999}");
        assertEquals("latitude", JsonErrors.path(e));
        assertEquals(JsonErrors.OUT_OF_RANGE, JsonErrors.message(e));
    }

    @Test
    void readValue_loneSurrogateInList_refusedWithIndex() {
        final JsonProcessingException e = refused("{\"names\": [\"ok\", \"x\\ud800\"]}");
        assertEquals("names[1]", JsonErrors.path(e));
        assertEquals(JsonErrors.NOT_UNICODE, JsonErrors.message(e));
    }

    @Test
    void readValue_duplicateKey_refused() {
        final JsonProcessingException e = refused("{\"all\": false, \"all\": true}");
        assertEquals("all", JsonErrors.path(e));
        assertEquals(JsonErrors.DUPLICATE, JsonErrors.message(e));
    }

    record Outer(List<Body> items) {
    }

    @Test
    void readValue_duplicateKeyDeepInside_pathFromTheParser() {
        final JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(
                "{\"items\": [{\"all\": true}, {\"title\": \"a\", \"title\": \"b\"}]}", Outer.class));
        assertEquals("items[1].title", JsonErrors.path(e));
        assertEquals(JsonErrors.DUPLICATE, JsonErrors.message(e));
    }

    record When(java.time.OffsetDateTime at) {
    }

    @Test
    void readValue_dateTimeAsNumber_refusedButStringRead() throws Exception {
        final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        final JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"at\": 1893456000}", When.class));
        assertEquals("at", JsonErrors.path(e));
        assertEquals("must be an ISO-8601 date-time string", JsonErrors.message(e));
        assertEquals(2030, mapper.readValue("{\"at\": \"2030-01-01T08:00:00+07:00\"}", When.class).at().getYear());
    }

    @Test
    void readValue_trailingGarbage_refusedAsNotJson() {
        final Problem p = JsonErrors.problem(refused("{\"all\": true} {\"all\": false}"));
        assertEquals(400, p.status());
    }

    @Test
    void problem_namesPathAndKeepsJavaNamesOut() {
        final Problem p = JsonErrors.problem(refused("{\"all\": \"true\"}"));
        assertEquals("/problems/malformed-json", p.type());
        assertEquals("all", p.errors().get(0).field());
        assertFalse(p.detail().contains("java"), p.detail());
        assertFalse(p.detail().contains("boolean`"), p.detail());
    }
}
