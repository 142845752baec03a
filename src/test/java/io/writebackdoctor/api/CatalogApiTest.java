package io.writebackdoctor.api;

import static io.writebackdoctor.api.ApiServer.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.writebackdoctor.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog and the published documents: checks, rules, health, readiness, the facts schema, /docs. */
class CatalogApiTest {

    private static final ApiServer server = ApiServer.shared();

    @Test
    void checksListsTheArticleChecksInCatalogOrder() throws IOException {
        ApiServer.Answer a = server.get("/api/v1/checks");
        assertEquals(200, a.status(), a::toString);
        assertEquals("application/json", a.mediaType());
        assertEquals("en", a.header("Content-Language"));
        JsonNode answer = a.json();
        assertEquals("en", answer.get("language").asText());
        assertFalse(answer.at("/ruleSet/version").asText().isEmpty());

        List<JsonNode> file = TestRules.catalogedChecks();
        JsonNode checks = answer.get("checks");
        List<String> served = new ArrayList<>();
        checks.forEach(c -> served.add(c.get("id").asText()));
        List<String> listed = new ArrayList<>();
        file.forEach(c -> listed.add(c.get("id").asText()));
        assertEquals(listed, served, "the checks in the order of rules/checks.json");
        assertEquals(List.of("LICENSE_ASSIGNED", "LICENSE_WRITEBACK_TIER", "ADMIN_AND_TEST_ACCOUNT_LICENSED",
                "PDC_EMULATOR_REACHABLE", "PREFERRED_DC_IS_PDC", "SSPR_ENABLED", "WRITEBACK_ENABLED_BY_CLOUD_ADMIN",
                "DC_OS_SUPPORTED", "SYNC_SERVER_INSTALLED", "FULL_IMPORT_AND_SYNC_DONE", "SYNC_SERVER_VERSION",
                "OUTBOUND_HTTPS_PASSWORD_RESET", "OUTBOUND_HTTPS_SERVICE_BUS", "IDLE_CONNECTION_TIMEOUT",
                "WRITEBACK_ENABLED_ON_SYNC_SERVER", "TOGGLE_WRITEBACK"),
                served.stream().filter(id -> "article".equals(checks.get(served.indexOf(id)).path("origin").asText())).toList(),
                "the 16 checks of the article, in the article's order");

        for (int i = 0; i < checks.size(); i++) {
            JsonNode c = checks.get(i);
            JsonNode f = file.get(i);
            String id = c.get("id").asText();
            assertEquals(f.get("section").asText(), c.get("section").asText(), id);
            assertEquals(f.get("severity").asText(), c.get("severity").asText(), id);
            assertEquals(f.get("reads"), c.get("reads"), id + " reads");
            assertEquals(f.path("hybridOnly").asBoolean(false), c.get("hybridOnly").asBoolean(), id);
            String title = c.path("title").asText();
            assertFalse(title.isBlank(), id);
            assertNotEquals(id, title, id + " has a readable title");
            JsonNode sources = c.get("sources");
            assertTrue(sources.isArray() && !sources.isEmpty(), id + " cites its sources");
            for (JsonNode s : sources) {
                assertFalse(s.path("document").asText().isBlank(), s::toString);
                assertTrue(s.path("url").asText().startsWith("https://"), s::toString);
            }
        }
    }

    @Test
    void checkTitlesAreTheFindingTitles() {
        JsonNode checks = server.get("/api/v1/checks").json().get("checks");
        JsonNode findings = server.postJson("/api/v1/diagnose", "{}").json().get("findings");
        Map<String, String> titles = new LinkedHashMap<>();
        checks.forEach(c -> titles.put(c.get("id").asText(), c.get("title").asText()));
        findings.forEach(f -> assertEquals(titles.get(f.get("check").asText()), f.get("title").asText()));
    }

    @Test
    void rulesDescribesTheServingRuleSet() throws IOException {
        ApiServer.Answer a = server.get("/api/v1/rules");
        assertEquals(200, a.status(), a::toString);
        assertEquals("application/json", a.mediaType());
        JsonNode rules = a.json();

        String version = rules.get("version").asText();
        assertFalse(version.isEmpty());
        Instant loadedAt = Instant.parse(rules.get("loadedAt").asText());
        assertFalse(loadedAt.isAfter(Instant.now()));
        assertFalse(rules.get("stale").asBoolean(), "the project's rules load cleanly");
        assertTrue(rules.get("lastErrors").isEmpty(), rules.get("lastErrors")::toString);

        Map<String, Integer> files = new LinkedHashMap<>();
        rules.get("files").forEach(f -> files.put(f.get("name").asText(), f.get("bytes").asInt()));
        assertTrue(files.containsKey("checks.json"), files::toString);
        List<Path> drl;
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            drl = s.filter(p -> p.toString().endsWith(".drl")).toList();
        }
        assertFalse(drl.isEmpty());
        for (Path p : drl) {
            String name = p.getFileName().toString();
            assertEquals((int) Files.size(p), files.get(name), "size of " + name);
        }
        assertEquals((int) Files.size(Path.of("rules", "checks.json")), files.get("checks.json"));

        Set<String> checkIds = new HashSet<>();
        TestRules.catalogedChecks().forEach(c -> checkIds.add(c.get("id").asText()));
        Set<String> covered = new HashSet<>();
        JsonNode list = rules.get("rules");
        assertTrue(list.size() > 16, "the rule set has rules");
        for (JsonNode r : list) {
            assertFalse(r.path("name").asText().isBlank(), r::toString);
            String file = r.path("file").asText();
            assertTrue(file.endsWith(".drl") && files.containsKey(file), () -> "file of " + r);
            String check = r.path("check").asText();
            assertTrue(check.equals("*") || checkIds.contains(check), () -> "check of " + r);
            covered.add(check);
            assertTrue(r.get("sources").isArray() && !r.get("sources").isEmpty(), () -> "sources of " + r);
        }
        assertTrue(covered.containsAll(checkIds), "every check has a rule");

        // every answer names this version
        assertEquals(version, server.get("/api/v1/checks").json().at("/ruleSet/version").asText());
        assertEquals(version, server.postJson("/api/v1/diagnose", "{}").json().at("/ruleSet/version").asText());
        assertEquals(version, server.get("/ready").json().at("/ruleSet/version").asText());
    }

    @Test
    void healthAndReady() {
        ApiServer.Answer health = server.get("/health");
        assertEquals(200, health.status());
        assertEquals("application/json", health.mediaType());
        assertEquals("UP", health.json().get("status").asText());

        ApiServer.Answer ready = server.get("/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("READY", ready.json().get("status").asText());
        assertFalse(ready.json().at("/ruleSet/version").asText().isEmpty());
        assertFalse(ready.json().has("reason"));
    }

    @Test
    void factsSchemaIsPublishedAndEverySampleValidates() throws IOException {
        ApiServer.Answer a = server.get("/schemas/facts-v1.json");
        assertEquals(200, a.status());
        assertEquals("application/schema+json", a.mediaType());
        JsonNode schema = a.json();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());

        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config)).getSchema(schema);

        List<Path> samples;
        try (Stream<Path> s = Files.list(ApiServer.SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(samples.size() >= 10);
        for (Path p : samples) {
            List<Error> errors = validator.validate(JSON.readTree(Files.readString(p)));
            assertTrue(errors.isEmpty(), () -> p.getFileName() + " does not validate: " + errors);
        }
        // and the schema does reject what the service rejects
        String bad = "{\"network\":{\"idleTimeoutSeconds\":\"x\"},\"tenant\":{\"cloud\":\"mars\"}}";
        assertEquals(2, validator.validate(JSON.readTree(bad)).size());
        assertEquals(400, server.postJson("/api/v1/diagnose", bad).status());
    }

    @Test
    void publishedSchemaIsTheFileTheServiceValidatesWith() throws IOException {
        // compared as text, so a character lost on the way (say the "…" of a description) shows
        ApiServer.Answer a = server.get("/schemas/facts-v1.json");
        assertEquals(200, a.status());
        String file = Files.readString(Path.of("src/main/resources/schema/facts-v1.schema.json"));
        assertTrue(a.isUtf8(), () -> "the schema is not sent as UTF-8 (Content-Type: " + a.header("Content-Type") + ")");
        assertEquals(firstDifference(file, file), firstDifference(file, a.body()),
                () -> "the published schema differs from the file (Content-Type: " + a.header("Content-Type") + ")");
    }

    /** Where two texts first differ, with a little context; "" when equal. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) i++;
        if (i == expected.length() && i == actual.length()) return "";
        int from = Math.max(0, i - 30);
        return "at " + i + ": expected …" + expected.substring(from, Math.min(expected.length(), i + 10))
                + "… but got …" + actual.substring(from, Math.min(actual.length(), i + 10)) + "…";
    }

    @Test
    void docsPageIsServedWithEverythingItLoads() {
        ApiServer.Answer a = server.get("/docs");
        assertEquals(200, a.status());
        assertEquals("text/html", a.mediaType());
        String html = a.body();
        assertTrue(html.contains("swagger-ui"), "the page runs Swagger UI");
        assertTrue(html.contains("/openapi.json"), "on the service's own description");

        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        List<String> assets = new ArrayList<>();
        while (m.find()) assets.add(m.group(1));
        assertTrue(assets.stream().anyMatch(u -> u.endsWith(".js")), assets::toString);
        assertTrue(assets.stream().anyMatch(u -> u.endsWith(".css")), assets::toString);
        assertTrue(assets.stream().allMatch(u -> u.startsWith("/webjars/swagger-ui/")),
                () -> "every asset comes from the webjar on this server: " + assets);
        assertFalse(html.matches("(?s).*(src|href|url)\\s*[=:]\\s*[\"']?(https?:)?//.*"), "nothing is loaded from the internet");

        for (String asset : assets) {
            ApiServer.Answer got = server.get(asset);
            assertEquals(200, got.status(), asset);
            assertTrue(got.body().length() > 1000, asset + " has content");
            String type = got.mediaType();
            assertTrue(asset.endsWith(".js") ? type.contains("javascript") : type.equals("text/css"), asset + " is " + type);
        }
        ApiServer.Answer openApi = server.get("/openapi.json");
        assertEquals(200, openApi.status());
        assertEquals("3.1.0", openApi.json().get("openapi").asText());
    }
}
