package io.writebackdoctor.api;

import static io.writebackdoctor.api.ApiServer.assertProblem;
import static io.writebackdoctor.api.ApiServer.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/diagnose/batch}: several documents, answered in order, each on its own. */
class BatchApiTest {

    private static final String PATH = "/api/v1/diagnose/batch";
    private static final int SMALL_LIMIT = 3;

    private static ApiServer server;
    private static ApiServer small;

    @BeforeAll
    static void start() {
        server = ApiServer.shared();
        small = ApiServer.start(c -> c.maxBatchItems = SMALL_LIMIT);
    }

    @AfterAll
    static void stop() {
        small.close();
    }

    /** The sample as an object with an "id" member in front. */
    private static String withId(String id, String document) {
        String trimmed = document.strip();
        assertTrue(trimmed.startsWith("{"));
        String rest = trimmed.substring(1).strip();
        return "{\"id\":\"" + id + "\"" + (rest.startsWith("}") ? "" : ",") + rest;
    }

    private static List<String> statuses(JsonNode diagnosis) {
        List<String> out = new ArrayList<>();
        diagnosis.get("findings").forEach(f -> out.add(f.get("check").asText() + "=" + f.get("status").asText()));
        return out;
    }

    @Test
    void answersInOrderAndABadItemDoesNotSinkTheOthers() {
        String first = sample("healthy-hybrid.json");
        String third = sample("sspr-disabled.json");
        String body = "[" + withId("first", first) + ","
                + "{\"id\":\"middle\",\"network\":{\"idleTimeoutSeconds\":-5,\"probes\":[{\"remotePort\":0}]},\"tenant\":{\"cloud\":\"mars\"}},"
                + withId("third", third) + "]";

        ApiServer.Answer a = server.postJson(PATH, body);

        assertEquals(200, a.status(), a::toString);
        assertEquals("application/json", a.mediaType());
        assertEquals("en", a.header("Content-Language"));
        JsonNode answer = a.json();
        assertEquals(3, answer.get("count").asInt());
        assertEquals("en", answer.get("language").asText());
        assertEquals(server.get("/api/v1/rules").json().get("version").asText(), answer.at("/ruleSet/version").asText());
        JsonNode results = answer.get("results");
        assertEquals(3, results.size());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertEquals(i, results.get(i).get("index").asInt());
            ids.add(results.get(i).get("id").asText());
        }
        assertEquals(List.of("first", "middle", "third"), ids);

        JsonNode middle = results.get(1);
        assertFalse(middle.has("diagnosis"), middle::toString);
        JsonNode error = middle.get("error");
        assertEquals(400, error.get("status").asInt());
        assertEquals("https://writeback-doctor.local/problems/invalid-facts", error.get("type").asText());
        List<String> pointers = new ArrayList<>();
        error.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        Collections.sort(pointers);
        assertEquals(List.of("/1/network/idleTimeoutSeconds", "/1/network/probes/0/remotePort", "/1/tenant/cloud"), pointers,
                "every violation, located inside the batch");

        // the good items are diagnosed exactly as on their own
        for (int i : new int[] {0, 2}) {
            JsonNode item = results.get(i);
            assertFalse(item.has("error"), item::toString);
            JsonNode alone = server.postJson("/api/v1/diagnose", i == 0 ? first : third).json();
            assertEquals(statuses(alone), statuses(item.get("diagnosis")), "item " + i);
            assertEquals(alone.get("summary"), item.get("diagnosis").get("summary"));
        }
        assertEquals("PASS", results.get(0).at("/diagnosis/summary/outcome").asText());
        assertEquals("FAIL", results.get(2).at("/diagnosis/summary/outcome").asText());
    }

    @Test
    void theIdIsNotTakenForAnUnknownFact() {
        JsonNode item = server.postJson(PATH, "[{\"id\":\"x\",\"schemaVersion\":1}]").json().at("/results/0");
        assertEquals("x", item.get("id").asText());
        JsonNode warnings = item.at("/diagnosis/warnings");
        assertTrue(warnings.isArray());
        assertFalse(warnings.toString().contains("/id"), () -> "id is the batch's, not a fact: " + warnings);
    }

    @Test
    void itemsWithoutIdOrNotObjectsAreAnsweredInPlace() {
        JsonNode results = server.postJson(PATH, "[{}, 5, null, \"x\", []]").json().get("results");
        assertEquals(5, results.size());
        assertFalse(results.get(0).has("id"));
        assertTrue(results.get(0).has("diagnosis"));
        for (int i = 1; i < 5; i++) {
            JsonNode item = results.get(i);
            assertEquals(i, item.get("index").asInt());
            assertFalse(item.has("diagnosis"), item::toString);
            assertEquals("/" + i, item.at("/error/errors/0/pointer").asText(), item::toString);
            assertEquals(400, item.at("/error/status").asInt());
        }
    }

    @Test
    void explainAddsTheTraceToEveryDiagnosis() {
        String body = "[" + sample("healthy-hybrid.json") + "," + sample("pdc-emulator-unreachable.json") + "]";
        JsonNode results = server.postJson(PATH + "?explain=true", body).json().get("results");
        for (JsonNode item : results) {
            assertTrue(item.at("/diagnosis/trace").isArray() && !item.at("/diagnosis/trace").isEmpty(), item::toString);
        }
        JsonNode plain = server.postJson(PATH, body).json().get("results");
        plain.forEach(item -> assertFalse(item.get("diagnosis").has("trace")));
    }

    @Test
    void anEmptyBatchIsAnEmptyAnswer() {
        ApiServer.Answer a = server.postJson(PATH, "[]");
        assertEquals(200, a.status(), a::toString);
        assertEquals(0, a.json().get("count").asInt());
        assertTrue(a.json().get("results").isEmpty());
    }

    @Test
    void overTheItemLimitIs413() {
        String items = "[" + String.join(",", Collections.nCopies(SMALL_LIMIT + 1, "{}")) + "]";
        JsonNode p = assertProblem(small.postJson(PATH, items), 413, "batch-too-large", PATH);
        assertTrue(p.get("detail").asText().contains(String.valueOf(SMALL_LIMIT)), p::toString);

        String atLimit = "[" + String.join(",", Collections.nCopies(SMALL_LIMIT, "{}")) + "]";
        ApiServer.Answer a = small.postJson(PATH, atLimit);
        assertEquals(200, a.status(), a::toString);
        assertEquals(SMALL_LIMIT, a.json().get("count").asInt());
    }

    @Test
    void theDefaultLimitIs100Documents() {
        assertEquals(100, server.config.maxBatchItems);
        String over = "[" + String.join(",", Collections.nCopies(101, "{}")) + "]";
        assertProblem(server.postJson(PATH, over), 413, "batch-too-large", PATH);
        String at = "[" + String.join(",", Collections.nCopies(100, "{}")) + "]";
        ApiServer.Answer a = server.postJson(PATH, at);
        assertEquals(200, a.status(), a::toString);
        assertEquals(100, a.json().get("results").size());
    }

    @Test
    void aBodyThatIsNotAnArrayIs400() {
        for (String body : List.of("{}", sample("healthy-hybrid.json"), "null", "42", "\"[]\"")) {
            JsonNode p = assertProblem(server.postJson(PATH, body), 400, "invalid-facts", PATH);
            assertEquals("", p.at("/errors/0/pointer").asText(), p::toString);
        }
        JsonNode malformed = assertProblem(server.postJson(PATH, "[{},\n {]"), 400, "invalid-facts", PATH);
        assertEquals(2, malformed.at("/errors/0/line").asInt(), malformed::toString);
        assertProblem(server.postJson(PATH, ""), 400, "invalid-facts", PATH);
    }
}
