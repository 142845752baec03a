package io.writebackdoctor.api;

import static io.writebackdoctor.api.ApiServer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service whose rules failed to load still answers: 503 where a rule set is needed, with the load
 * errors on {@code /api/v1/rules}, and every answer as the OpenAPI document declares it.
 */
class NoRuleSetApiTest {

    private static final Path MISSING = Path.of("target", "no-such-rules-folder");

    private static ApiServer server;
    private static OpenApiContract contract;

    @BeforeAll
    static void start() {
        server = ApiServer.start(MISSING, c -> { });
        contract = new OpenApiContract(server.get("/openapi.json").json());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void diagnoseAndChecksAre503WithAProblem() {
        ApiServer.Answer diagnose = server.postJson("/api/v1/diagnose", "{}");
        assertProblem(diagnose, 503, "no-rule-set", "/api/v1/diagnose");
        contract.assertConforms("POST", "/api/v1/diagnose", diagnose);

        ApiServer.Answer batch = server.postJson("/api/v1/diagnose/batch", "[{}]");
        assertProblem(batch, 503, "no-rule-set", "/api/v1/diagnose/batch");
        contract.assertConforms("POST", "/api/v1/diagnose/batch", batch);

        ApiServer.Answer checks = server.get("/api/v1/checks");
        assertProblem(checks, 503, "no-rule-set", "/api/v1/checks");
        contract.assertConforms("GET", "/api/v1/checks", checks);
    }

    @Test
    void clientErrorsStillComeFirst() {
        // a wrong Content-Type is the client's to fix whatever the server's state
        assertProblem(server.post("/api/v1/diagnose", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported-media-type", "/api/v1/diagnose");
    }

    @Test
    void rulesListsTheLoadErrors() {
        ApiServer.Answer a = server.get("/api/v1/rules");
        assertEquals(503, a.status(), a::toString);
        assertEquals("application/json", a.mediaType());
        contract.assertConforms("GET", "/api/v1/rules", a);
        JsonNode body = a.json();
        assertTrue(body.get("stale").asBoolean());
        assertFalse(body.get("lastErrors").isEmpty(), "the load errors are listed");
        assertTrue(body.get("lastErrors").toString().contains("no-such-rules-folder"), body::toString);
        assertFalse(body.has("version"));
    }

    @Test
    void notReadyButAlive() {
        ApiServer.Answer ready = server.get("/ready");
        assertEquals(503, ready.status(), ready::toString);
        assertEquals("NOT_READY", ready.json().get("status").asText());
        assertFalse(ready.json().path("reason").asText().isBlank());
        contract.assertConforms("GET", "/ready", ready);

        ApiServer.Answer health = server.get("/health");
        assertEquals(200, health.status());
        contract.assertConforms("GET", "/health", health);

        assertEquals(200, server.get("/openapi.json").status());
        assertEquals(200, server.get("/schemas/facts-v1.json").status());
        assertEquals(200, server.get("/docs").status());
    }
}
