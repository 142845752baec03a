package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A looping rule answers with a clear error naming the rule; the service stays up and healthy. */
class RuleLoopApiTest {

    @TempDir
    Path rules;

    @Test
    void aLoopingRuleIsNamedInTheErrorAndTheServiceStaysHealthy() throws Exception {
        TestRules.copyRules(rules);
        Files.writeString(rules.resolve("zz-loop.drl"), TestRules.LOOPING_RULE);
        try (ApiServer server = ApiServer.start(rules, c -> c.watchRules = false)) {
            ApiServer.Answer a = server.postJson("/api/v1/diagnose", ApiServer.sample("healthy-hybrid.json"));
            ApiServer.assertProblem(a, 500, "rule-loop", "/api/v1/diagnose");
            assertTrue(a.json().get("detail").asText().contains("Re-examine the network forever"), a.body());
            assertEquals(200, server.get("/health").status());
            assertEquals(200, server.get("/ready").status());
            ApiServer.Answer other = server.postJson("/api/v1/diagnose", "{\"symptom\": {\"area\": \"configuration\"}}");
            assertEquals(200, other.status(), other.body());
        }
    }
}
