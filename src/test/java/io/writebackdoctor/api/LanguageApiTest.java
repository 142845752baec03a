package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Answers in English, Hungarian and Swedish over HTTP: chosen, labelled, and complete. */
class LanguageApiTest {

    static ApiServer server;
    static final String SAMPLE = ApiServer.sample("multi-fault-small-business.json");

    @BeforeAll
    static void start() {
        server = ApiServer.start(c -> c.watchRules = false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Properties catalog(String lang) throws Exception {
        return io.writebackdoctor.TestRules.catalog(lang);
    }

    @Test
    void acceptLanguageChoosesTheLanguageAndTheAnswerSaysWhichOne() throws Exception {
        for (String[] c : new String[][] {{"hu-HU,hu;q=0.9,en;q=0.5", "hu"}, {"sv-SE", "sv"}, {"en-US", "en"}, {"de-DE", "en"}}) {
            ApiServer.Answer a = server.postJson("/api/v1/diagnose", SAMPLE, "Accept-Language", c[0]);
            assertEquals(200, a.status());
            assertEquals(c[1], a.header("Content-Language"), c[0]);
            assertEquals(c[1], a.json().get("language").asText(), c[0]);
            JsonNode first = a.json().at("/findings/0");
            assertEquals(catalog(c[1]).getProperty(first.get("check").asText() + ".title"), first.get("title").asText());
        }
    }

    @Test
    void theLangParameterOverridesAcceptLanguage() {
        ApiServer.Answer a = server.postJson("/api/v1/diagnose?lang=sv", SAMPLE, "Accept-Language", "hu-HU");
        assertEquals("sv", a.header("Content-Language"));
        assertEquals("sv", a.json().get("language").asText());
    }

    @Test
    void theSameFindingsAreExplainedDifferentlyPerLanguage() {
        JsonNode en = server.postJson("/api/v1/diagnose?lang=en", SAMPLE).json();
        JsonNode hu = server.postJson("/api/v1/diagnose?lang=hu", SAMPLE).json();
        JsonNode sv = server.postJson("/api/v1/diagnose?lang=sv", SAMPLE).json();
        for (int i = 0; i < en.get("findings").size(); i++) {
            JsonNode e = en.get("findings").get(i);
            JsonNode h = hu.get("findings").get(i);
            JsonNode s = sv.get("findings").get(i);
            assertEquals(e.get("status"), h.get("status"));
            assertEquals(e.get("status"), s.get("status"));
            assertEquals(e.get("evidence"), h.get("evidence"));
            assertNotEquals(e.get("explanation").asText(), h.get("explanation").asText(), e.get("check").asText());
            assertNotEquals(e.get("explanation").asText(), s.get("explanation").asText(), e.get("check").asText());
            assertTrue(!h.get("explanation").asText().contains("{") && !s.get("explanation").asText().contains("{"),
                    "unfilled placeholder in " + e.get("check"));
        }
    }

    @Test
    void theMarkdownReportHasTheArticlesThreeSectionTitlesInEachLanguage() throws Exception {
        for (String lang : new String[] {"en", "hu", "sv"}) {
            ApiServer.Answer a = server.postJson("/api/v1/diagnose?lang=" + lang, SAMPLE, "Accept", "text/markdown");
            assertEquals(200, a.status());
            assertEquals(lang, a.header("Content-Language"));
            Properties p = catalog(lang);
            for (String section : new String[] {"configuration", "connectivity", "stillFailing"}) {
                assertTrue(a.body().contains("## " + p.getProperty("section." + section)), lang + " " + section + "\n" + a.body());
            }
            assertTrue(a.body().contains("**[" + p.getProperty("status.FAIL") + "]**"), a.body());
        }
    }

    @Test
    void theChecksCatalogIsLocalisedToo() throws Exception {
        ApiServer.Answer a = server.get("/api/v1/checks?lang=hu");
        assertEquals("hu", a.header("Content-Language"));
        for (JsonNode check : a.json().get("checks")) {
            assertEquals(catalog("hu").getProperty(check.get("id").asText() + ".title"), check.get("title").asText());
        }
    }

    @Test
    void batchAnswersUseTheChosenLanguage() {
        ApiServer.Answer a = server.postJson("/api/v1/diagnose/batch", "[" + SAMPLE + "]", "Accept-Language", "sv");
        assertEquals("sv", a.header("Content-Language"));
        assertEquals("sv", a.json().at("/results/0/diagnosis/language").asText());
    }
}
