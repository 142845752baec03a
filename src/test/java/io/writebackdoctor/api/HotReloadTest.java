package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.writebackdoctor.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule author saves a file; the running service picks it up, or keeps the last good rule set. */
class HotReloadTest {

    @TempDir
    static Path rules;
    static ApiServer server;
    static String original;

    @BeforeAll
    static void start() {
        TestRules.copyRules(rules);
        server = ApiServer.start(rules, c -> c.reloadDebounceMillis = 50);
        original = rulesInfo().get("version").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every test leaves the folder as the project has it, and the service back on that rule set. */
    @AfterEach
    void restore() {
        TestRules.copyRules(rules);
        awaitRules(info -> info.get("version").asText().equals(original) && !info.get("stale").asBoolean());
    }

    static JsonNode rulesInfo() {
        return server.get("/api/v1/rules").json();
    }

    static JsonNode awaitRules(Predicate<JsonNode> condition) {
        long deadline = System.currentTimeMillis() + 20_000;
        JsonNode info = rulesInfo();
        while (!condition.test(info)) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("rule set did not change as expected: " + info);
            sleep(20);
            info = rulesInfo();
        }
        return info;
    }

    static JsonNode diagnose(String sample) {
        ApiServer.Answer a = server.postJson("/api/v1/diagnose", ApiServer.sample(sample + ".json"));
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    static JsonNode finding(JsonNode answer, String check) {
        for (JsonNode f : answer.get("findings")) if (f.get("check").asText().equals(check)) return f;
        throw new AssertionError("no finding " + check);
    }

    private static void edit(String file, String from, String to) throws IOException {
        Path p = rules.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), file + " does not contain " + from);
        Files.writeString(p, text.replace(from, to));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEditedMessageIsServedWithoutRestart() throws IOException {
        edit("messages/en.properties", "IDLE_CONNECTION_TIMEOUT.title=Idle connections stay open long enough",
                "IDLE_CONNECTION_TIMEOUT.title=Idle connections stay open long enough (edited)");
        JsonNode info = awaitRules(i -> !i.get("version").asText().equals(original));
        JsonNode answer = diagnose("idle-timeout-150-seconds");
        assertEquals(info.get("version").asText(), answer.at("/ruleSet/version").asText());
        assertEquals("Idle connections stay open long enough (edited)", finding(answer, "IDLE_CONNECTION_TIMEOUT").get("title").asText());
        assertEquals(info.get("loadedAt").asText(), answer.at("/ruleSet/loadedAt").asText());
    }

    @Test
    void anEditedHungarianCatalogIsServedLive() throws IOException {
        Path hu = rules.resolve("messages/hu.properties");
        String text = Files.readString(hu);
        String line = text.lines().filter(l -> l.startsWith("SSPR_ENABLED.title=")).findFirst().orElseThrow();
        Files.writeString(hu, text.replace(line, line + " (szerkesztve)"));
        awaitRules(i -> !i.get("version").asText().equals(original) && !i.get("stale").asBoolean());
        ApiServer.Answer a = server.postJson("/api/v1/diagnose?lang=hu", ApiServer.sample("healthy-hybrid.json"));
        assertEquals("hu", a.header("Content-Language"));
        assertTrue(finding(a.json(), "SSPR_ENABLED").get("title").asText().endsWith(" (szerkesztve)"), a.body());
    }

    @Test
    void anEditedRuleChangesTheVerdictWithoutRestart() throws IOException {
        assertEquals("WARN", finding(diagnose("idle-timeout-150-seconds"), "IDLE_CONNECTION_TIMEOUT").get("status").asText());
        edit("network.drl", "idleTimeoutSeconds != null, idleTimeoutSeconds < 120 )", "idleTimeoutSeconds != null, idleTimeoutSeconds < 200 )");
        edit("network.drl", "idleTimeoutSeconds >= 120, idleTimeoutSeconds < 360 )", "idleTimeoutSeconds >= 200, idleTimeoutSeconds < 360 )");
        awaitRules(i -> !i.get("version").asText().equals(original) && !i.get("stale").asBoolean());
        assertEquals("FAIL", finding(diagnose("idle-timeout-150-seconds"), "IDLE_CONNECTION_TIMEOUT").get("status").asText());
    }

    @Test
    void aDrlSyntaxErrorKeepsTheLastGoodRuleSetAndIsReportedWithFileAndLine() throws IOException {
        edit("network.drl", "idleTimeoutSeconds != null, idleTimeoutSeconds < 120 )", "idleTimeoutSeconds != null, idleTimeoutSeconds < )");
        JsonNode info = awaitRules(i -> i.get("stale").asBoolean());
        assertEquals(original, info.get("version").asText(), "the last good rule set keeps serving");
        JsonNode error = info.get("lastErrors").get(0);
        assertEquals("network.drl", error.get("file").asText());
        assertTrue(error.get("line").asInt() > 0, error.toString());
        assertFalse(error.get("message").asText().isBlank());
        assertEquals(original, diagnose("healthy-hybrid").at("/ruleSet/version").asText());
        assertEquals(200, server.get("/ready").status());

        TestRules.copyRules(rules); // the fix
        JsonNode fixed = awaitRules(i -> !i.get("stale").asBoolean());
        assertEquals(original, fixed.get("version").asText(), "same files, same version");
        assertEquals(0, fixed.get("lastErrors").size());
    }

    @Test
    void anUnknownFactFieldInARuleIsRejected() throws IOException {
        edit("sync-server.drl", "SyncServer( installed == true )", "SyncServer( instaled == true )");
        JsonNode info = awaitRules(i -> i.get("stale").asBoolean());
        assertEquals("sync-server.drl", info.at("/lastErrors/0/file").asText());
        assertTrue(info.at("/lastErrors/0/message").asText().contains("instaled"), info.toString());
        assertEquals(original, diagnose("healthy-hybrid").at("/ruleSet/version").asText());
    }

    @Test
    void aBrokenCatalogOrDataFileIsRejected() throws IOException {
        edit("checks.json", "\"id\": \"SSPR_ENABLED\"", "\"id\": \"SSPR_ENABLED\", \"colour\": \"blue\"");
        JsonNode info = awaitRules(i -> i.get("stale").asBoolean());
        assertEquals("checks.json", info.at("/lastErrors/0/file").asText());
        assertTrue(info.at("/lastErrors/0/line").asInt() > 0);
        TestRules.copyRules(rules);
        awaitRules(i -> !i.get("stale").asBoolean());

        edit("data/licensing.json", "\"writebackPlans\"", "\"writebackPlanz\"");
        JsonNode data = awaitRules(i -> i.get("stale").asBoolean());
        assertEquals("data/licensing.json", data.at("/lastErrors/0/file").asText());
        assertEquals(original, diagnose("healthy-hybrid").at("/ruleSet/version").asText());
    }

    @Test
    void aMessageCatalogMissingAKeyIsRejected() throws IOException {
        edit("messages/en.properties", "SSPR_ENABLED.title=", "SSPR_ENABLED.titel=");
        JsonNode info = awaitRules(i -> i.get("stale").asBoolean());
        assertEquals("messages/en.properties", info.at("/lastErrors/0/file").asText());
        assertNotEquals(0, info.get("lastErrors").size());
    }
}
