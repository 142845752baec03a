package io.writebackdoctor.api;

import static io.writebackdoctor.api.ApiServer.JSON;
import static io.writebackdoctor.api.ApiServer.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.writebackdoctor.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code POST /api/v1/diagnose}: the JSON answer, the Markdown report, the trace and the language. */
class DiagnoseApiTest {

    private static final String PATH = "/api/v1/diagnose";
    /** Several findings of every kind: FAIL, UNKNOWN, INFO, NOT_APPLICABLE, and an unknown field. */
    private static final String MULTI_FAULT = "multi-fault-half-configured.json";

    private static final List<String> ARTICLE_SECTIONS = List.of(
            "## I have problems configuring password writeback",
            "## I have problems with password writeback connectivity",
            "## I still have problems with password writeback");

    private static final ApiServer server = ApiServer.shared();

    /** The check ids of rules/checks.json, in file order: the article's order. */
    /**
     * The checks every answer reports, in report order: rules/checks.json, then rules/checks/*.json by
     * file name, without the checks reported only when a rule decides them (events, error codes).
     */
    static List<String> catalogOrder() {
        return TestRules.catalogedChecks().stream().filter(c -> !c.path("onlyWhenDecided").asBoolean(false))
                .map(c -> c.get("id").asText()).toList();
    }

    /** The reported checks that every answer carries (conditional ones such as EVENT_* left out). */
    private static List<String> checksOf(JsonNode diagnosis) throws IOException {
        List<String> always = catalogOrder();
        List<String> ids = new ArrayList<>();
        diagnosis.get("findings").forEach(f -> ids.add(f.get("check").asText()));
        return ids.stream().filter(always::contains).toList();
    }

    private static Map<String, String> statusesOf(JsonNode diagnosis) {
        Map<String, String> statuses = new LinkedHashMap<>();
        diagnosis.get("findings").forEach(f -> statuses.put(f.get("check").asText(), f.get("status").asText()));
        return statuses;
    }

    private static JsonNode expectationOf(String sample) {
        return ApiServer.parse(sample(sample.replace(".json", ".expected.json")));
    }

    @Test
    void answersTheSampleWithRuleSetSummaryAndFindingsInArticleOrder() throws IOException {
        ApiServer.Answer a = server.postJson(PATH, sample(MULTI_FAULT));

        assertEquals(200, a.status(), a::toString);
        assertEquals("application/json", a.mediaType());
        JsonNode d = a.json();
        String version = server.get("/api/v1/rules").json().get("version").asText();
        assertEquals(version, d.path("ruleSet").path("version").asText(), "the answer names the serving rule set");
        assertFalse(d.path("ruleSet").path("loadedAt").asText().isEmpty());

        assertEquals(catalogOrder(), checksOf(d), "one finding per check, in the article's order");

        JsonNode expected = expectationOf(MULTI_FAULT);
        assertEquals(expected.get("outcome").asText(), d.at("/summary/outcome").asText());
        Iterator<Map.Entry<String, JsonNode>> it = expected.get("statuses").fields();
        Map<String, String> actual = statusesOf(d);
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            assertEquals(e.getValue().asText(), actual.get(e.getKey()), "status of " + e.getKey());
        }

        // the counts add up to the findings, status by status
        Map<String, Integer> counted = new LinkedHashMap<>();
        actual.values().forEach(s -> counted.merge(s, 1, Integer::sum));
        Map<String, Integer> reported = new LinkedHashMap<>();
        d.at("/summary/counts").fields().forEachRemaining(e -> reported.put(e.getKey(), e.getValue().asInt()));
        assertEquals(counted, reported, "summary.counts");

        // the misspelt field of the sample is reported, not fatal
        assertTrue(d.get("warnings").toString().contains("/directory/forests/0/domains/0/pdcEmulatr"), d.get("warnings")::toString);
        assertFalse(d.has("trace"), "no trace unless asked for");
    }

    @TestFactory
    Stream<DynamicTest> everySampleGetsItsExpectedOutcomeOverHttp() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(ApiServer.SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        List<String> order = catalogOrder();
        return samples.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            ApiServer.Answer a = server.postJson(PATH, Files.readString(p));
            assertEquals(200, a.status(), a::toString);
            JsonNode d = a.json();
            assertEquals(order, checksOf(d));
            JsonNode expected = expectationOf(name);
            assertEquals(expected.get("outcome").asText(), d.at("/summary/outcome").asText(), "outcome");
            Map<String, String> actual = statusesOf(d);
            expected.get("statuses").fields().forEachRemaining(e ->
                    assertEquals(e.getValue().asText(), actual.get(e.getKey()), name + ": " + e.getKey()));
        }));
    }

    @Test
    void evidencePointsAtTheValuesOfTheRequest() {
        String body = sample(MULTI_FAULT);
        JsonNode request = ApiServer.parse(body);
        JsonNode d = server.postJson(PATH, body).json();
        int seen = 0;
        for (JsonNode f : d.get("findings")) {
            Iterator<Map.Entry<String, JsonNode>> it = f.get("evidence").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                assertEquals(request.at(e.getKey()), e.getValue(), f.get("check").asText() + " cites " + e.getKey());
                seen++;
            }
        }
        assertTrue(seen > 5, "the sample's findings cite evidence");
    }

    @Test
    void markdownReportHasTheArticleSectionsAndTheSameFindings() {
        String body = sample(MULTI_FAULT);
        JsonNode json = server.postJson(PATH, body).json();
        ApiServer.Answer md = server.postJson(PATH, body, "Accept", "text/markdown");

        assertEquals(200, md.status(), md::toString);
        assertEquals("text/markdown", md.mediaType());
        assertEquals("en", md.header("Content-Language"));
        String report = md.body();
        assertTrue(report.startsWith("# "), "a Markdown title first");

        int last = -1;
        for (String heading : ARTICLE_SECTIONS) {
            int at = report.indexOf("\n" + heading + "\n");
            assertTrue(at >= 0, "missing section heading " + heading + " in\n" + report);
            assertTrue(at > last, heading + " is out of the article's order");
            last = at;
        }

        // one "### **[STATUS]** title (`CHECK`)" per finding, same checks, statuses and order as the JSON
        Matcher m = Pattern.compile("(?m)^### \\*\\*\\[([^\\]]+)\\]\\*\\* (.+) \\(`([A-Z0-9_]+)`\\)").matcher(report);
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        while (m.find()) {
            shown.put(m.group(3), m.group(1));
            titles.put(m.group(3), m.group(2));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        statusesOf(json).forEach((check, status) -> expected.put(check, status.equals("NOT_APPLICABLE") ? "N/A" : status));
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(shown.keySet()), "the same findings in the same order");
        assertEquals(expected, shown, "the same statuses");
        for (JsonNode f : json.get("findings")) {
            assertTrue(titles.get(f.get("check").asText()).startsWith(f.get("title").asText()), "title of " + f.get("check"));
            for (JsonNode step : f.get("remediation")) {
                assertTrue(report.contains(step.asText()), "remediation step missing from the report: " + step);
            }
        }
        assertTrue(report.contains(json.at("/ruleSet/version").asText()), "the report names the rule set");
        assertFalse(report.contains("Explanation trace"), "no trace unless asked for");
    }

    @Test
    void markdownOnlyWhenPreferredOverJson() {
        String body = sample(MULTI_FAULT);
        assertEquals("text/markdown", server.postJson(PATH, body, "Accept", "text/markdown, application/json").mediaType());
        assertEquals("application/json", server.postJson(PATH, body, "Accept", "application/json, text/markdown").mediaType());
        assertEquals("application/json", server.postJson(PATH, body, "Accept", "*/*").mediaType());
        assertEquals("application/json", server.postJson(PATH, body).mediaType());
    }

    @Test
    void explainAddsTheTraceOfEveryRuleThatDecided() {
        String body = sample(MULTI_FAULT);
        JsonNode d = server.postJson(PATH + "?explain=true", body).json();

        assertTrue(d.has("trace"), "?explain=true adds the trace");
        JsonNode trace = d.get("trace");
        assertTrue(trace.isArray() && !trace.isEmpty());
        Set<String> fired = new HashSet<>();
        for (JsonNode t : trace) {
            assertFalse(t.path("rule").asText().isEmpty(), t::toString);
            assertTrue(t.path("facts").isArray(), t::toString);
            fired.add(t.get("rule").asText());
        }
        for (JsonNode f : d.get("findings")) {
            for (JsonNode rule : f.get("rules")) {
                assertTrue(fired.contains(rule.asText()), "rule " + rule + " of " + f.get("check") + " is not in the trace");
            }
        }
        // the trace explains; it does not change the verdicts
        JsonNode plain = server.postJson(PATH, body).json();
        assertEquals(statusesOf(plain), statusesOf(d));
        assertFalse(server.postJson(PATH + "?explain=false", body).json().has("trace"));

        String md = server.postJson(PATH + "?explain=true", body, "Accept", "text/markdown").body();
        assertTrue(md.contains("\n## Explanation trace\n"), "the Markdown report has the trace too");
        assertTrue(md.contains("`" + trace.get(0).get("rule").asText() + "`"));
    }

    @Test
    void answersInEnglishAndSaysSo() {
        String body = sample(MULTI_FAULT);
        for (String query : List.of("", "?lang=en", "?lang=xx", "?lang=EN-gb", "?lang=")) {
            ApiServer.Answer a = server.postJson(PATH + query, body);
            assertEquals(200, a.status(), query + ": " + a);
            assertEquals("en", a.header("Content-Language"), "Content-Language for " + query);
            assertEquals("en", a.json().get("language").asText(), "language for " + query);
        }
        ApiServer.Answer a = server.postJson(PATH, body, "Accept-Language", "de-DE, fr;q=0.8, *;q=0.1");
        assertEquals(200, a.status());
        assertEquals("en", a.header("Content-Language"), "unsupported languages fall back to English");
        assertEquals("en", a.json().get("language").asText());
        JsonNode first = a.json().at("/findings/0");
        assertEquals("The organisation has at least one license assigned", first.get("title").asText());
    }

    @Test
    void acceptsJsonMediaTypesWithParametersAndSuffixes() {
        byte[] body = sample(MULTI_FAULT).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String type : List.of("application/json; charset=utf-8", "Application/JSON", "application/vnd.facts+json")) {
            ApiServer.Answer a = server.post(PATH, type, body);
            assertEquals(200, a.status(), type + ": " + a);
            assertNotNull(a.json().get("findings"));
        }
    }

    @Test
    void nonAsciiSurvivesTheRoundTripInJsonAndMarkdown() {
        String body = "{\"tenant\":{\"sspr\":{\"enablement\":\"all\"},\"r\u00e9gion\u2026\":1}}";
        ApiServer.Answer json = server.postJson(PATH, body);
        assertEquals(200, json.status(), json::toString);
        assertTrue(json.isUtf8());
        assertTrue(json.json().get("warnings").toString().contains("/tenant/r\u00e9gion\u2026"), json.json().get("warnings")::toString);
        ApiServer.Answer md = server.postJson(PATH, body, "Accept", "text/markdown");
        assertTrue(md.isUtf8());
        assertTrue(md.body().contains("/tenant/r\u00e9gion\u2026"), md::toString);
    }

    @Test
    void emptyDocumentGivesUnknownFindingsNamingTheMissingFacts() {
        JsonNode d = server.postJson(PATH, "{}").json();
        assertEquals("UNKNOWN", d.at("/summary/outcome").asText());
        for (JsonNode f : d.get("findings")) {
            assertEquals("UNKNOWN", f.get("status").asText(), f::toString);
            assertFalse(f.get("missingFacts").isEmpty(), () -> "an UNKNOWN names the facts to collect: " + f);
        }
    }
}
