package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.knowledge.Status;
import io.writebackdoctor.report.Diagnosis;
import io.writebackdoctor.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rule author sees when a rule set loads, or does not. */
class RuleSetLoaderTest {

    @TempDir
    Path dir;

    private Path copyOfRules() {
        return TestRules.copyRules(dir);
    }

    private static RuleSetException loadFails(Path rules) {
        return assertThrows(RuleSetException.class, () -> new RuleSetLoader().load(RuleFiles.fromDirectory(rules)));
    }

    @Test
    void theProjectsRulesLoadWithEveryRuleDeclaringCheckAndSource() {
        RuleSet rules = TestRules.ruleSet();
        assertTrue(rules.rules().size() >= 40, "rules: " + rules.rules().size());
        for (RuleInfo rule : rules.rules()) {
            assertTrue(rule.file().endsWith(".drl"), rule.toString());
            assertTrue(!rule.sources().isEmpty(), rule.toString());
        }
        assertEquals(16, rules.checks().all().stream().filter(c -> c.isFromArticle()).count());
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("network.drl");
        Files.writeString(drl, Files.readString(drl).replace("$network : Network( idleTimeoutSeconds != null, idleTimeoutSeconds < 120 )",
                "$network : Network( idleTimeoutSeconds != null, idleTimeoutSeconds < )"));
        RuleSetException e = loadFails(rules);
        RuleProblem problem = e.getProblems().get(0);
        assertEquals("network.drl", problem.file());
        assertTrue(problem.line() > 100, "line: " + problem);
    }

    /** Rewrites one pattern of sync-server.drl and expects a problem in that file naming the misspelling. */
    private void assertPatternRejected(String pattern, String misspelt) throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("sync-server.drl");
        Files.writeString(drl, Files.readString(drl).replace("SyncServer( installed == true )", pattern));
        RuleSetException e = loadFails(rules);
        assertTrue(e.getProblems().stream().anyMatch(p -> p.file().equals("sync-server.drl") && p.message().contains(misspelt)),
                e.getMessage());
    }

    @Test
    void anUnknownFactFieldIsAnError() throws IOException {
        assertPatternRejected("SyncServer( instaled == true )", "instaled");
    }

    @Test
    void anUnknownFactTypeIsAnErrorNamingTheFile() throws IOException {
        assertPatternRejected("SyncServr( installed == true )", "SyncServr");
    }

    @Test
    void aRuleNamingAnUncataloguedCheckOrAnUnknownSourceIsAnError() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("tenant-policy.drl");
        Files.writeString(drl, Files.readString(drl)
                .replace("@check(SSPR_ENABLED)\n    @source(\"ARTICLE: I have problems configuring password writeback, password reset enabled in the tenant\")",
                        "@check(SSPR_ENABLD)\n    @source(\"NOPE: somewhere\")"));
        RuleSetException e = loadFails(rules);
        assertTrue(e.getMessage().contains("SSPR_ENABLD, which is not in checks.json"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown source: NOPE: somewhere"), e.getMessage());
    }

    @Test
    void aBrokenCatalogNamesTheFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("checks.json"), "{\n  \"checks\": [\n    { \"id\": \"X\", \"sectoin\": \"configuration\" }\n  ]\n}");
        RuleSetException e = loadFails(rules);
        RuleProblem problem = e.getProblems().get(0);
        assertEquals("checks.json", problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("sectoin"), problem.toString());
    }

    @Test
    void theEngineReportsUnknownForACataloguedCheckThatNoRuleDecides() throws Exception {
        Path rules = copyOfRules();
        Path catalog = rules.resolve("checks.json");
        Files.writeString(catalog, Files.readString(catalog).replace("\"checks\": [",
                "\"checks\": [\n    { \"id\": \"NEW_CHECK\", \"section\": \"beyondArticle\", \"origin\": \"guidance\", \"severity\": \"ERROR\","
                        + " \"hybridOnly\": false, \"reads\": [\"/syncServer/version\", \"/syncServer/newFact\"] },"));
        for (String lang : List.of("en", "hu", "sv")) {
            Files.writeString(rules.resolve("messages/" + lang + ".properties"), "\nNEW_CHECK.title=A new check (" + lang + ")\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        RuleSet ruleSet = new RuleSetLoader().load(RuleFiles.fromDirectory(rules));
        Diagnosis d = new Diagnoser(ruleSet).diagnose(new FactsReader().read("{\"syncServer\": {\"version\": \"2.5.79.0\"}}"), "en", false);
        Finding added = d.findings().stream().filter(f -> f.check().equals("NEW_CHECK")).findFirst().orElseThrow();
        assertEquals(Status.UNKNOWN, added.status());
        assertEquals(java.util.List.of("/syncServer/newFact"), added.missingFacts(), "only the absent fact is missing");
        List<String> order = d.findings().stream().map(Finding::check).toList();
        assertTrue(order.indexOf("NEW_CHECK") > order.indexOf("TOGGLE_WRITEBACK"), "beyond-article checks come after the article's: " + order);
    }

    @Test
    void aCheckWithoutATitleIsAnError() throws IOException {
        Path rules = copyOfRules();
        Path messages = rules.resolve("messages/en.properties");
        Files.writeString(messages, Files.readString(messages).replaceAll("(?m)^SSPR_ENABLED\\.title=.*$", ""));
        RuleSetException e = loadFails(rules);
        assertTrue(e.getMessage().contains("check SSPR_ENABLED has no title"), e.getMessage());
    }

    @Test
    void aKeyMissingInOneLanguageOrWithOtherPlaceholdersIsAnError() throws IOException {
        Path rules = copyOfRules();
        String english = Files.readString(rules.resolve("messages/en.properties"));
        String other = english.replaceAll("(?m)^SSPR_ENABLED\\.FAIL=.*$", "")
                .replace("IDLE_CONNECTION_TIMEOUT.WARN=Idle connections persist for {seconds} seconds",
                        "IDLE_CONNECTION_TIMEOUT.WARN=Idle connections persist for {secs} seconds");
        Files.writeString(rules.resolve("messages/xx.properties"), other);
        RuleSetException e = loadFails(rules);
        assertTrue(e.getProblems().stream().anyMatch(p -> p.file().equals("messages/xx.properties")
                && p.message().contains("missing key SSPR_ENABLED.FAIL")), e.getMessage());
        assertTrue(e.getProblems().stream().anyMatch(p -> p.file().equals("messages/xx.properties")
                && p.message().contains("IDLE_CONNECTION_TIMEOUT.WARN uses placeholders [secs]")), e.getMessage());
    }

    @Test
    void aLoaderThatReusesUnchangedFilesStillReportsTheirProblemsAndPicksUpEveryEdit() throws Exception {
        Path rules = copyOfRules();
        RuleSetLoader loader = new RuleSetLoader();
        Path messages = rules.resolve("messages/en.properties");
        String english = Files.readString(messages);
        Files.writeString(messages, english.replaceAll("(?m)^SSPR_ENABLED\\.title=.*$", ""));
        assertThrows(RuleSetException.class, () -> loader.load(RuleFiles.fromDirectory(rules)));

        // Only DRL changes: the catalogs are not read again, but their problem must not be forgotten.
        Path drl = rules.resolve("network.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// an edit\n");
        RuleSetException stillBroken = assertThrows(RuleSetException.class, () -> loader.load(RuleFiles.fromDirectory(rules)));
        assertTrue(stillBroken.getMessage().contains("check SSPR_ENABLED has no title"), stillBroken.getMessage());

        // The catalog is fixed and then a DRL edit changes behaviour: each reload shows the files as saved.
        Files.writeString(messages, english.replaceAll("(?m)^SSPR_ENABLED\\.title=.*$", "SSPR_ENABLED.title=Reset is on (edited)"));
        RuleSet fixed = loader.load(RuleFiles.fromDirectory(rules));
        assertEquals("Reset is on (edited)", fixed.messages("en").title("SSPR_ENABLED"));
        String idle = "{\"network\": {\"idleTimeoutSeconds\": 150}}";
        assertEquals(Status.WARN, TestRules.statusOf(fixed, idle, "IDLE_CONNECTION_TIMEOUT"));
        Files.writeString(drl, Files.readString(drl).replace("idleTimeoutSeconds >= 360", "idleTimeoutSeconds >= 140")
                .replace("idleTimeoutSeconds < 360", "idleTimeoutSeconds < 140"));
        RuleSet edited = loader.load(RuleFiles.fromDirectory(rules));
        assertEquals(Status.PASS, TestRules.statusOf(edited, idle, "IDLE_CONNECTION_TIMEOUT"));
        assertEquals("Reset is on (edited)", edited.messages("en").title("SSPR_ENABLED"));
    }

    @Test
    void theVersionFollowsTheContentOfEveryFile() throws IOException {
        Path rules = copyOfRules();
        String before = RuleFiles.fromDirectory(rules).version();
        assertEquals(before, RuleFiles.fromDirectory(TestRules.RULES).version());
        Path messages = rules.resolve("messages/en.properties");
        Files.writeString(messages, Files.readString(messages) + "\n# a comment\n");
        assertNotEquals(before, RuleFiles.fromDirectory(rules).version());
    }

    @Test
    void theRulesBundledInTheBuildMatchTheRulesFolder() {
        assertEquals(RuleFiles.fromDirectoryUnchecked(TestRules.RULES).version(), RuleFiles.bundled().version());
    }
}
