package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/v1/rules/reload and /validate: behind a bearer token, and never deploying uploaded rules. */
class AdminEndpointsTest {

    static final String TOKEN = "correct-horse-battery-staple";
    static final String AUTH = "Bearer " + TOKEN;
    static ApiServer withToken;
    static ApiServer withoutToken;

    @BeforeAll
    static void start() {
        withToken = ApiServer.start(c -> {
            c.adminToken = TOKEN;
            c.watchRules = false;
            c.maxBodyBytes = 200_000;
        });
        withoutToken = ApiServer.start(c -> c.watchRules = false);
    }

    @AfterAll
    static void stop() {
        withToken.close();
        withoutToken.close();
    }

    static String candidate(String name, String drl) {
        ObjectNode body = ApiServer.JSON.createObjectNode();
        body.putObject("files").put(name, drl);
        return body.toString();
    }

    static String networkDrl() throws Exception {
        return Files.readString(Path.of("rules", "network.drl"));
    }

    @Test
    void withoutAConfiguredTokenTheAdminEndpointsAreDisabled() {
        ApiServer.assertProblem(withoutToken.postJson("/api/v1/rules/reload", "{}", "Authorization", AUTH), 403, "admin-disabled", "/api/v1/rules/reload");
        ApiServer.assertProblem(withoutToken.postJson("/api/v1/rules/validate", "{}", "Authorization", AUTH), 403, "admin-disabled", "/api/v1/rules/validate");
    }

    @Test
    void aMissingOrWrongTokenIs401() {
        ApiServer.Answer none = withToken.postJson("/api/v1/rules/reload", "{}");
        ApiServer.assertProblem(none, 401, "unauthorized", "/api/v1/rules/reload");
        assertEquals("Bearer", none.header("WWW-Authenticate"));
        ApiServer.assertProblem(withToken.postJson("/api/v1/rules/validate", "{}", "Authorization", "Bearer nope"), 401, "unauthorized", "/api/v1/rules/validate");
    }

    @Test
    void reloadWithTheTokenReloadsTheFolder() {
        ApiServer.Answer a = withToken.postJson("/api/v1/rules/reload", "", "Authorization", AUTH);
        assertEquals(200, a.status(), a.body());
        assertTrue(a.json().get("reloaded").asBoolean());
        assertEquals(withToken.get("/api/v1/rules").json().get("version").asText(), a.json().at("/ruleSet/version").asText());
    }

    @Test
    void aBrokenCandidateIsReportedWithFileAndLineAndNothingIsDeployed() throws Exception {
        String before = withToken.get("/api/v1/rules").json().get("version").asText();
        String broken = networkDrl().replace("idleTimeoutSeconds != null, idleTimeoutSeconds < 120 )", "idleTimeoutSeconds != null, idleTimeoutSeconds < )");
        ApiServer.Answer a = withToken.postJson("/api/v1/rules/validate", candidate("network.drl", broken), "Authorization", AUTH);
        assertEquals(200, a.status(), a.body());
        assertFalse(a.json().get("valid").asBoolean());
        JsonNode error = a.json().at("/errors/0");
        assertEquals("network.drl", error.get("file").asText());
        assertTrue(error.get("line").asInt() > 100, error.toString());
        assertEquals(before, withToken.get("/api/v1/rules").json().get("version").asText());
    }

    @Test
    void aValidCandidateIsRunAgainstEverySampleAndReportsWhichExpectationsWouldChange() throws Exception {
        String before = withToken.get("/api/v1/rules").json().get("version").asText();
        String stricter = networkDrl()
                .replace("idleTimeoutSeconds != null, idleTimeoutSeconds < 120 )", "idleTimeoutSeconds != null, idleTimeoutSeconds < 200 )")
                .replace("idleTimeoutSeconds >= 120, idleTimeoutSeconds < 360 )", "idleTimeoutSeconds >= 200, idleTimeoutSeconds < 360 )");
        ApiServer.Answer a = withToken.postJson("/api/v1/rules/validate", candidate("network.drl", stricter), "Authorization", AUTH);
        assertEquals(200, a.status(), a.body());
        JsonNode answer = a.json();
        assertTrue(answer.get("valid").asBoolean(), answer.toString());
        assertTrue(answer.get("samplesRun").asInt() >= 20);
        JsonNode changed = null;
        for (JsonNode s : answer.get("samples")) if (s.get("sample").asText().equals("idle-timeout-150-seconds.json")) changed = s;
        assertTrue(changed != null, answer.toString());
        assertTrue(changed.get("changes").toString().contains("{\"check\":\"IDLE_CONNECTION_TIMEOUT\",\"expected\":\"WARN\",\"actual\":\"FAIL\"}"),
                changed.toString());
        assertEquals(before, withToken.get("/api/v1/rules").json().get("version").asText(), "validation deploys nothing");
        assertEquals("WARN", HotReloadTest.finding(withToken.postJson("/api/v1/diagnose", ApiServer.sample("idle-timeout-150-seconds.json")).json(),
                "IDLE_CONNECTION_TIMEOUT").get("status").asText());
    }

    @Test
    void everyAdminAnswerMatchesTheOpenApiDocument() throws Exception {
        OpenApiContract contract = new OpenApiContract(withToken.get("/openapi.json").json());
        contract.assertConforms("POST", "/api/v1/rules/reload", withToken.postJson("/api/v1/rules/reload", "", "Authorization", AUTH));
        contract.assertConforms("POST", "/api/v1/rules/reload", withToken.postJson("/api/v1/rules/reload", ""));
        contract.assertConforms("POST", "/api/v1/rules/reload", withoutToken.postJson("/api/v1/rules/reload", ""));
        contract.assertConforms("POST", "/api/v1/rules/validate",
                withToken.postJson("/api/v1/rules/validate", candidate("network.drl", networkDrl()), "Authorization", AUTH));
        contract.assertConforms("POST", "/api/v1/rules/validate",
                withToken.postJson("/api/v1/rules/validate", candidate("network.drl", "rule"), "Authorization", AUTH));
    }

    @Test
    void candidateFilesMustBeDrlFileNamesAndTheBodyIsSizeLimited() {
        ApiServer.assertProblem(withToken.postJson("/api/v1/rules/validate", candidate("../evil.drl", "x"), "Authorization", AUTH),
                400, "invalid-facts", "/api/v1/rules/validate");
        ApiServer.assertProblem(withToken.postJson("/api/v1/rules/validate", candidate("checks.json", "{}"), "Authorization", AUTH),
                400, "invalid-facts", "/api/v1/rules/validate");
        ApiServer.assertProblem(withToken.postJson("/api/v1/rules/validate", candidate("big.drl", "x".repeat(300_000)), "Authorization", AUTH),
                413, "body-too-large", "/api/v1/rules/validate");
    }
}
