package io.writebackdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@code diagnose --lang}: the readable report in English, Hungarian or Swedish. */
class LanguageCliTest {

    static Properties catalog(String lang) throws Exception {
        return io.writebackdoctor.TestRules.catalog(lang);
    }

    @Test
    void theTextReportHasTheArticlesSectionTitlesAndLabelsInEachLanguage() throws Exception {
        for (String lang : new String[] {"en", "hu", "sv"}) {
            DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("diagnose", "--lang", lang, "facts-samples/multi-fault-legacy-datacenter.json");
            assertEquals(1, r.exit(), r.err());
            Properties p = catalog(lang);
            for (String key : new String[] {"section.configuration", "section.connectivity", "section.stillFailing",
                    "label.report", "label.outcome", "label.remediation"}) {
                assertTrue(r.out().contains(p.getProperty(key)), lang + ": " + key + "\n" + r.out());
            }
        }
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglishInJson() throws Exception {
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("diagnose", "--lang", "de", "--format", "json", "facts-samples/healthy-hybrid.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"language\" : \"en\""), r.out());
        DiagnoseCommandTest.Run hu = DiagnoseCommandTest.run("diagnose", "--lang", "hu-HU", "--format", "json", "facts-samples/healthy-hybrid.json");
        assertTrue(hu.out().contains("\"language\" : \"hu\""), hu.out());
    }
}
