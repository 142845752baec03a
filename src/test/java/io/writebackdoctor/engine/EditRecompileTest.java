package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.knowledge.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader for edited rules recompiles only the DRL files an edit changed, when the edit stays inside
 * rules, and the rule set it gives answers exactly as a full build of the same files would.
 */
class EditRecompileTest {

    private static final String IDLE_WARN_RANGE = "idleTimeoutSeconds >= 120, idleTimeoutSeconds < 360";
    private static final String IDLE_SAMPLE = "idle-timeout-150-seconds.json";

    @TempDir
    Path dir;
    private Path rules;
    private RuleSetLoader loader;

    @BeforeEach
    void loadTheProjectsRules() throws Exception {
        rules = TestRules.copyRules(dir);
        loader = RuleSetLoader.forEdits(null);
        loader.load(RuleFiles.fromDirectory(rules));
    }

    private RuleSet load() throws Exception {
        return loader.load(RuleFiles.fromDirectory(rules));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path drl = rules.resolve(file);
        String text = Files.readString(drl);
        assertTrue(text.contains(from), file + " should contain " + from);
        Files.writeString(drl, text.replace(from, to));
    }

    private static Status idleTimeout(RuleSet ruleSet) throws Exception {
        return TestRules.statusOf(ruleSet, Files.readString(TestRules.SAMPLES.resolve(IDLE_SAMPLE)), "IDLE_CONNECTION_TIMEOUT");
    }

    @Test
    void aThresholdEditRecompilesOnlyItsFileAndEarlierRuleSetsKeepTheirRules() throws Exception {
        RuleSet before = load();
        edit("network.drl", IDLE_WARN_RANGE, "idleTimeoutSeconds >= 200, idleTimeoutSeconds < 360");
        RuleSet after = load();

        assertEquals(List.of("network.drl"), loader.lastCompiledFiles());
        assertEquals(Status.UNKNOWN, idleTimeout(after), "150 s is below the edited range");
        assertEquals(Status.WARN, idleTimeout(before), "a rule set already served keeps the rules it had");
        assertEquals(before.rules().size(), after.rules().size());
    }

    @Test
    void addedAndRemovedRulesAreServedAndListedWithTheirFile() throws Exception {
        Path network = rules.resolve("network.drl");
        String original = Files.readString(network);
        Files.writeString(network, original + """

                rule "A probe of the relay on port 5671 is noted"
                    @check(IDLE_CONNECTION_TIMEOUT)
                    @source("ARTICLE: test")
                when
                    Network( idleTimeoutSeconds == 1 )
                then
                end
                """);
        RuleSet added = load();
        assertEquals(List.of("network.drl"), loader.lastCompiledFiles());
        RuleInfo rule = added.rules().stream().filter(r -> r.name().startsWith("A probe of the relay")).findFirst().orElseThrow();
        assertEquals("network.drl", rule.file());

        Files.writeString(network, original);
        RuleSet removed = load();
        assertEquals(List.of("network.drl"), loader.lastCompiledFiles());
        assertEquals(added.rules().size() - 1, removed.rules().size());
    }

    @Test
    void everySampleAnswersAsExpectedAfterEveryFileWasRecompiledAlone() throws Exception {
        List<String> drlFiles;
        try (Stream<Path> files = Files.list(rules)) {
            drlFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
        }
        RuleSet last = null;
        for (String file : drlFiles) {
            Path drl = rules.resolve(file);
            Files.writeString(drl, Files.readString(drl) + "\n// reviewed\n");
            last = load();
            assertEquals(List.of(file), loader.lastCompiledFiles(), "an edit outside every rule and declaration");
        }
        List<String> failed = new SampleVerifier().verify(last, TestRules.SAMPLES).stream()
                .filter(r -> !r.passed()).map(r -> r.sample() + " " + r.mismatches() + " " + r.error()).toList();
        assertEquals(List.of(), failed);
        assertEquals(TestRules.ruleSet().rules(), last.rules());
    }

    @Test
    void aChangedImportOrFunctionRecompilesEverything() throws Exception {
        edit("connect-server.drl", "return hosts.size();", "return hosts.size() + 0;");
        load();
        assertTrue(loader.lastCompiledFiles().size() > 1, "compiled: " + loader.lastCompiledFiles());

        edit("network.drl", "import io.writebackdoctor.knowledge.*;", "import io.writebackdoctor.knowledge.*;\nimport java.util.Map;");
        load();
        assertTrue(loader.lastCompiledFiles().size() > 1, "compiled: " + loader.lastCompiledFiles());
    }

    @Test
    void aBrokenEditIsReportedAndTheFixRecompilesOnlyItsFile() throws Exception {
        edit("network.drl", IDLE_WARN_RANGE, "idleTimeoutSecs >= 120, idleTimeoutSeconds < 360");
        RuleSetException broken = assertThrows(RuleSetException.class, this::load);
        RuleProblem problem = broken.getProblems().get(0);
        assertEquals("network.drl", problem.file());
        assertTrue(problem.message().contains("idleTimeoutSecs"), problem.toString());

        edit("network.drl", "idleTimeoutSecs >= 120", "idleTimeoutSeconds >= 200");
        RuleSet fixed = load();
        assertEquals(List.of("network.drl"), loader.lastCompiledFiles());
        assertEquals(Status.UNKNOWN, idleTimeout(fixed));
    }

    @Test
    void aRuleNamedLikeOneInAnotherFileIsRejectedByAFullBuild() throws Exception {
        String taken = TestRules.ruleSet().rules().stream().filter(r -> r.file().equals("events.drl")).findFirst().orElseThrow().name();
        edit("network.drl", "rule \"The sync server reaches the password reset service over HTTPS\"", "rule \"" + taken + "\"");
        RuleSetException e = assertThrows(RuleSetException.class, this::load);
        assertTrue(loader.lastCompiledFiles().size() > 1, "compiled: " + loader.lastCompiledFiles());
        assertTrue(e.getProblems().stream().anyMatch(p -> p.message().contains(taken)), e.getProblems().toString());
    }

    @Test
    void afterAStartFromTheCompiledRulesCacheTheFirstEditRecompilesOnlyItsFile(@TempDir Path cacheDir) throws Exception {
        RuleSetLoader.forEdits(new CompiledRulesCache(cacheDir, "build 1")).load(RuleFiles.fromDirectory(rules));
        CompiledRulesCache cache = new CompiledRulesCache(cacheDir, "build 1");
        RuleSetLoader started = RuleSetLoader.forEdits(cache);
        started.load(RuleFiles.fromDirectory(rules));
        assertEquals(1, cache.hits(), "the start read its compiled rules");

        started.prepareForEdits(RuleFiles.fromDirectory(rules));
        edit("network.drl", IDLE_WARN_RANGE, "idleTimeoutSeconds >= 200, idleTimeoutSeconds < 360");
        RuleSet edited = started.load(RuleFiles.fromDirectory(rules));
        assertEquals(List.of("network.drl"), started.lastCompiledFiles());
        assertEquals(Status.UNKNOWN, idleTimeout(edited));
    }
}
