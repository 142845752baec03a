package io.writebackdoctor.api;

import static io.writebackdoctor.api.ApiServer.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code GET /openapi.json} describes exactly the routes served, and the real answers match the
 * schemas it declares for their status and media type.
 */
class OpenApiTest {

    private static final String DIAGNOSE = "/api/v1/diagnose";
    private static final String BATCH = "/api/v1/diagnose/batch";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static ApiServer server;
    private static JsonNode document;
    private static OpenApiContract contract;

    @BeforeAll
    static void start() {
        server = ApiServer.shared();
        ApiServer.Answer a = server.get("/openapi.json");
        assertEquals(200, a.status(), a::toString);
        document = a.json();
        contract = new OpenApiContract(document);
    }

    private static Set<String> documentedOperations() {
        Set<String> ops = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) ops.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }));
        return ops;
    }

    @Test
    void isAnOpenApi31DocumentThatSaysHowTheServiceBehaves() {
        assertEquals("application/json", server.get("/openapi.json").mediaType());
        assertEquals("3.1.0", document.get("openapi").asText());
        assertFalse(document.at("/info/title").asText().isBlank());
        assertFalse(document.at("/info/version").asText().isBlank());
        String description = document.at("/info/description").asText();
        assertTrue(description.contains("127.0.0.1"), "says the service binds loopback by default");
        assertTrue(description.contains("No client input produces a 5xx"), "states that no client input gets a 5xx");
        for (String name : List.of("Diagnosis", "Finding", "Summary", "SourceRef", "TraceEntry", "RuleSetInfo", "Problem",
                "BatchAnswer", "ChecksAnswer", "RulesAnswer", "Health", "Ready")) {
            assertTrue(document.at("/components/schemas/" + name).isObject(), "components.schemas." + name);
        }
        assertEquals(List.of("PASS", "FAIL", "WARN", "INFO", "UNKNOWN", "NOT_APPLICABLE"),
                texts(document.at("/components/schemas/Status/enum")));
        assertEquals(List.of("BLOCKER", "ERROR", "WARNING", "INFO"), texts(document.at("/components/schemas/Severity/enum")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void servedDocumentIsTheHandWrittenOne() throws IOException {
        ApiServer.Answer a = server.get("/openapi.json");
        assertTrue(a.isUtf8());
        assertEquals(Files.readString(Path.of("src/main/resources/api/openapi.json")), a.body());
    }

    @Test
    void pathsAreExactlyTheRoutesServed() {
        Set<String> served = new TreeSet<>(server.service.routes());
        Set<String> documented = documentedOperations();
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> notServed = new TreeSet<>(documented);
        notServed.removeAll(served);
        assertTrue(undocumented.isEmpty(), () -> "served but not in /openapi.json: " + undocumented);
        assertTrue(notServed.isEmpty(), () -> "in /openapi.json but not served: " + notServed);
        assertTrue(served.containsAll(List.of("POST /api/v1/diagnose", "POST /api/v1/diagnose/batch", "GET /api/v1/checks",
                "GET /api/v1/rules", "GET /health", "GET /ready", "GET /openapi.json", "GET /schemas/facts-v1.json", "GET /docs")));
    }

    @Test
    void everyDocumentedOperationIsServedAndAnswersADocumentedStatus() {
        List<String> problems = new ArrayList<>();
        for (String op : documentedOperations()) {
            String method = op.substring(0, op.indexOf(' '));
            String path = op.substring(op.indexOf(' ') + 1);
            ApiServer.Answer a = switch (method) {
                case "GET" -> server.get(path);
                case "POST" -> server.postJson(path, path.equals(BATCH) ? "[]" : "{}");
                default -> server.method(method, path);
            };
            if (a.status() == 404 || a.status() == 405 || a.status() >= 500) {
                problems.add(op + " answered " + a);
            } else if (!document.at("/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT) + "/responses")
                    .has(String.valueOf(a.status()))) {
                problems.add(op + " answered " + a.status() + ", which the document does not declare");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    @Test
    void everyReferenceInsideTheDocumentResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertFalse(document.at(ref.substring(1)).isMissingNode(), "dangling " + ref);
            } else {
                assertEquals("/schemas/facts-v1.json", ref, "the only outside reference is the published facts schema");
            }
        }
        assertEquals(200, server.get("/schemas/facts-v1.json").status());
        assertEquals("/schemas/facts-v1.json",
                document.at("/paths/" + escape(DIAGNOSE) + "/post/requestBody/content/application~1json/schema/$ref").asText());
        assertEquals(server.config.maxBatchItems,
                document.at("/paths/" + escape(BATCH) + "/post/requestBody/content/application~1json/schema/maxItems").asInt());
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("$ref") && e.getValue().isTextual()) refs.add(e.getValue().asText());
                else collectRefs(e.getValue(), refs);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    @Test
    void diagnoseParametersAreDocumented() {
        JsonNode op = document.at("/paths/" + escape(DIAGNOSE) + "/post");
        Set<String> params = new TreeSet<>();
        for (JsonNode p : op.get("parameters")) {
            JsonNode resolved = p.has("$ref") ? document.at(p.get("$ref").asText().substring(1)) : p;
            params.add(resolved.get("in").asText() + ":" + resolved.get("name").asText());
        }
        assertTrue(params.containsAll(List.of("query:lang", "query:explain", "header:Accept-Language", "header:Accept")), params::toString);
        assertTrue(op.at("/responses/200/content").has("text/markdown"));
        assertTrue(op.at("/responses/200/content").has("application/json"));
    }

    // ---- real answers against the declared schemas

    @TestFactory
    Stream<DynamicTest> diagnosisOfEverySampleMatchesTheDocument() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.list(ApiServer.SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().toList();
        }
        return samples.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String body = Files.readString(p);
            ApiServer.Answer a = server.postJson(DIAGNOSE + "?explain=true", body);
            assertEquals(200, a.status(), a::toString);
            contract.assertConforms("POST", DIAGNOSE, a);
            contract.assertConforms("POST", DIAGNOSE, server.postJson(DIAGNOSE, body));
        }));
    }

    @Test
    void markdownAnswerMatchesTheDocument() {
        ApiServer.Answer a = server.postJson(DIAGNOSE, sample("multi-fault-half-configured.json"), "Accept", "text/markdown");
        assertEquals(200, a.status());
        contract.assertConforms("POST", DIAGNOSE, a);
        assertNotNull(contract.response("POST", DIAGNOSE, 200).at("/headers/Content-Language"), "Content-Language is documented");
    }

    @Test
    void batchAnswerMatchesTheDocument() {
        String body = "[" + sample("healthy-hybrid.json") + ",{\"id\":\"bad\",\"network\":{\"idleTimeoutSeconds\":-1}},7,{\"id\":\"empty\"}]";
        ApiServer.Answer a = server.postJson(BATCH + "?explain=true", body);
        assertEquals(200, a.status(), a::toString);
        contract.assertConforms("POST", BATCH, a);
        // and the schema is not vacuous: an item with neither diagnosis nor error is rejected
        JsonNode broken = a.json().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("results").get(0)).remove("diagnosis");
        assertFalse(contract.component("BatchAnswer").validate(broken).isEmpty());
    }

    @Test
    void catalogAndOperationsAnswersMatchTheDocument() {
        for (String path : List.of("/api/v1/checks", "/api/v1/rules", "/health", "/ready", "/openapi.json",
                "/schemas/facts-v1.json", "/docs")) {
            ApiServer.Answer a = server.get(path);
            assertEquals(200, a.status(), path + ": " + a);
            contract.assertConforms("GET", path, a);
        }
    }

    @Test
    void problemAnswersMatchTheDocument() {
        byte[] tooLarge = ("{\"events\":[{\"message\":\"" + "x".repeat(1024 * 1024) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        String manyItems = "[" + String.join(",", Collections.nCopies(server.config.maxBatchItems + 1, "{}")) + "]";

        check("POST", DIAGNOSE, 400, server.postJson(DIAGNOSE, "{\"a\":,}"));
        check("POST", DIAGNOSE, 400, server.postJson(DIAGNOSE, "{\"schemaVersion\":2,\"tenant\":{\"cloud\":\"mars\"}}"));
        check("POST", DIAGNOSE, 400, server.postJson(DIAGNOSE, ""));
        check("POST", BATCH, 400, server.postJson(BATCH, "{}"));
        check("POST", DIAGNOSE, 413, server.post(DIAGNOSE, "application/json", tooLarge));
        check("POST", DIAGNOSE, 413, server.send(server.request(DIAGNOSE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))).build()));
        check("POST", BATCH, 413, server.post(BATCH, "application/json", tooLarge));
        check("POST", BATCH, 413, server.postJson(BATCH, manyItems));
        check("POST", DIAGNOSE, 415, server.post(DIAGNOSE, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)));
        check("POST", BATCH, 415, server.post(BATCH, null, "[]".getBytes(StandardCharsets.UTF_8)));
        check("POST", DIAGNOSE, 405, server.method("DELETE", DIAGNOSE));
        check("POST", DIAGNOSE, 405, server.get(DIAGNOSE));
        check("GET", "/health", 405, server.postJson("/health", "{}"));
        check("GET", "/api/v1/checks", 405, server.method("PUT", "/api/v1/checks"));

        // every documented operation that needs the admin token is off without one
        for (String op : documentedOperations()) {
            String path = op.substring(op.indexOf(' ') + 1);
            if (!document.at("/paths/" + escape(path) + "/post/security").isMissingNode()) {
                check("POST", path, 403, server.postJson(path, "{}"));
            }
        }

        ApiServer.Answer notFound = server.get("/no/such/thing");
        assertEquals(404, notFound.status());
        JsonNode declared = document.at("/components/responses/NotFound/content/application~1problem+json/schema/$ref");
        assertEquals("#/components/schemas/NotFoundProblem", declared.asText(), "unknown paths are documented as NotFound");
        assertTrue(contract.component("NotFoundProblem").validate(notFound.json()).isEmpty(), notFound::toString);
        check("GET", "/health", 404, notFound); // every operation refers to the same NotFound answer
    }

    private static void check(String method, String path, int status, ApiServer.Answer a) {
        assertEquals(status, a.status(), () -> method + " " + path + ": " + a);
        assertEquals("application/problem+json", a.mediaType(), a::toString);
        contract.assertConforms(method, path, a);
    }

    @Test
    void problemSchemaRejectsWhatTheServiceMustNeverSend() {
        // guards the guard: the schemas really constrain answers
        JsonNode good = server.get("/nope").json();
        assertTrue(contract.component("Problem").validate(good).isEmpty());
        com.fasterxml.jackson.databind.node.ObjectNode withTrace = good.deepCopy();
        withTrace.put("trace", "java.lang.IllegalStateException\n\tat io.writebackdoctor...");
        assertFalse(contract.component("Problem").validate(withTrace).isEmpty());
        com.fasterxml.jackson.databind.node.ObjectNode wrongStatus = good.deepCopy();
        wrongStatus.put("status", 404);
        wrongStatus.put("type", "https://writeback-doctor.local/problems/invalid-facts");
        assertFalse(contract.component("NotFoundProblem").validate(wrongStatus).isEmpty());
        JsonNode diagnosis = server.postJson(DIAGNOSE, "{}").json();
        com.fasterxml.jackson.databind.node.ObjectNode badStatus = diagnosis.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) badStatus.get("findings").get(0)).put("status", "MAYBE");
        assertFalse(contract.component("Diagnosis").validate(badStatus).isEmpty());
    }
}
