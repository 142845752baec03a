package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.writebackdoctor.TestRules;
import io.writebackdoctor.engine.RuleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients keep sending requests while the rule files are rewritten 50 times: no request fails, and
 * every answer comes from one complete rule set — the same version always gives the same title and
 * the same verdict, never a title of one edit with the rules of another. Each edit writes two files,
 * so the watcher may also serve the state between them (new title, previous threshold); that is a
 * rule set of its own with its own version, and it too must answer one way only.
 */
class ReloadSafetyTest {

    static final int REWRITES = 50;
    static final int CLIENTS = 3;

    @TempDir
    Path rules;

    @Test
    void requestsNeverFailAndNeverMixTwoRuleSetsWhileRulesAreRewritten() throws Exception {
        TestRules.copyRules(rules);
        Path messages = rules.resolve("messages/en.properties");
        Path network = rules.resolve("network.drl");
        String messagesText = Files.readString(messages);
        String networkText = Files.readString(network);
        String sample = ApiServer.sample("idle-timeout-150-seconds.json");

        try (ApiServer server = ApiServer.start(rules, c -> c.reloadDebounceMillis = 20)) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<String> failures = new CopyOnWriteArrayList<>();
            Map<String, Set<String>> seenByVersion = new ConcurrentHashMap<>();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        try {
                            ApiServer.Answer a = server.postJson("/api/v1/diagnose", sample);
                            if (a.status() != 200) {
                                failures.add(a.status() + " " + a.body());
                                continue;
                            }
                            JsonNode idle = HotReloadTest.finding(a.json(), "IDLE_CONNECTION_TIMEOUT");
                            seenByVersion.computeIfAbsent(a.json().at("/ruleSet/version").asText(), v -> ConcurrentHashMap.newKeySet())
                                    .add(idle.get("title").asText() + " | " + idle.get("status").asText());
                            answered.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                    }
                });
                t.start();
                clients.add(t);
            }

            Map<String, String> answerOfEdit = new ConcurrentHashMap<>();
            for (int edit = 1; edit <= REWRITES; edit++) {
                // Odd edits make 150 s a failure, even edits a warning; the title names the edit.
                boolean strict = edit % 2 == 1;
                Files.writeString(messages, messagesText.replace("IDLE_CONNECTION_TIMEOUT.title=Idle connections stay open long enough",
                        "IDLE_CONNECTION_TIMEOUT.title=Idle timeout, edit " + edit + (strict ? " strict" : " lenient")));
                Files.writeString(network, strict ? networkText
                        .replace("idleTimeoutSeconds != null, idleTimeoutSeconds < 120 )", "idleTimeoutSeconds != null, idleTimeoutSeconds < 200 )")
                        .replace("idleTimeoutSeconds >= 120, idleTimeoutSeconds < 360 )", "idleTimeoutSeconds >= 200, idleTimeoutSeconds < 360 )")
                        : networkText);
                String version = RuleFiles.fromDirectory(rules).version();
                answerOfEdit.put(version, "Idle timeout, edit " + edit + (strict ? " strict | FAIL" : " lenient | WARN"));
                awaitVersion(server, version);
            }
            running.set(false);
            for (Thread t : clients) t.join(30_000);

            assertEquals(List.of(), failures, "failed requests");
            assertTrue(answered.get() > REWRITES, "answers: " + answered.get());
            assertTrue(seenByVersion.size() >= REWRITES, "rule sets seen by clients: " + seenByVersion.size());
            int editsChecked = 0;
            for (Map.Entry<String, Set<String>> e : seenByVersion.entrySet()) {
                assertEquals(1, e.getValue().size(), "version " + e.getKey() + " answered differently: " + e.getValue());
                String expected = answerOfEdit.get(e.getKey());
                if (expected != null) {
                    assertEquals(expected, e.getValue().iterator().next(), "answer of version " + e.getKey());
                    editsChecked++;
                }
            }
            assertTrue(editsChecked >= REWRITES / 2, "completed edits answered to clients: " + editsChecked);
        }
    }

    /** Waits until the server serves the rule set whose files are now on disk. */
    private static void awaitVersion(ApiServer server, String version) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode info = server.get("/api/v1/rules").json();
            if (info.get("version").asText().equals(version) && !info.get("stale").asBoolean()) return;
            Thread.sleep(10);
        }
        throw new AssertionError("the rewrite was not served within 30 s");
    }
}
