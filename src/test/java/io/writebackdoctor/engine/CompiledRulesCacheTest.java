package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.knowledge.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start with unchanged rules reads the compiled DRL back instead of compiling it: the rule set read
 * back must answer exactly as the compiled one, and anything doubtful — an edited rule, another
 * build, a damaged entry — must lead to compiling.
 */
class CompiledRulesCacheTest {

    @TempDir
    Path cacheDir;

    private RuleSet load(CompiledRulesCache cache, Path rules) throws Exception {
        return new RuleSetLoader(cache).load(RuleFiles.fromDirectory(rules));
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.toList();
        }
    }

    @Test
    void aRuleSetReadBackFromTheCacheAnswersEverySampleAsExpected() throws Exception {
        CompiledRulesCache firstRun = new CompiledRulesCache(cacheDir, "build 1");
        load(firstRun, TestRules.RULES);
        assertEquals(1, firstRun.writes(), "the first start keeps its compiled rules");

        CompiledRulesCache secondRun = new CompiledRulesCache(cacheDir, "build 1");
        RuleSet cached = load(secondRun, TestRules.RULES);
        assertEquals(1, secondRun.hits(), "the second start reads them back");

        assertEquals(TestRules.ruleSet().rules(), cached.rules(), "the same rules with the same metadata");
        List<SampleVerifier.SampleResult> results = new SampleVerifier().verify(cached, TestRules.SAMPLES);
        assertTrue(results.size() > 100, "samples run: " + results.size());
        for (SampleVerifier.SampleResult r : results) {
            assertTrue(r.passed(), r.sample() + ": " + (r.error() != null ? r.error() : r.mismatches()));
        }
    }

    @Test
    void anEditedRuleOrAnotherBuildIsCompiledNotReadBack(@TempDir Path rules) throws Exception {
        TestRules.copyRules(rules);
        load(new CompiledRulesCache(cacheDir, "build 1"), rules);

        CompiledRulesCache otherBuild = new CompiledRulesCache(cacheDir, "build 2");
        load(otherBuild, rules);
        assertEquals(0, otherBuild.hits(), "a rebuilt jar must not read rules compiled against the old one");

        Path network = rules.resolve("network.drl");
        Files.writeString(network, Files.readString(network).replace("idleTimeoutSeconds < 120 )", "idleTimeoutSeconds < 200 )"));
        CompiledRulesCache afterEdit = new CompiledRulesCache(cacheDir, "build 1");
        RuleSet edited = load(afterEdit, rules);
        assertEquals(0, afterEdit.hits(), "an edited DRL file must be compiled");
        assertEquals(3, entries().size(), "one entry per build and DRL content");
        // the edit is in force: 150 s is now below the threshold
        String sample = Files.readString(TestRules.SAMPLES.resolve("idle-timeout-150-seconds.json"));
        assertEquals(Status.FAIL, TestRules.statusOf(edited, sample, "IDLE_CONNECTION_TIMEOUT"));
    }

    @Test
    void aDamagedEntryIsCompiledInsteadAndReplaced() throws Exception {
        load(new CompiledRulesCache(cacheDir, "build 1"), TestRules.RULES);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        CompiledRulesCache next = new CompiledRulesCache(cacheDir, "build 1");
        RuleSet compiled = load(next, TestRules.RULES);
        assertEquals(0, next.hits());
        assertEquals(1, next.writes(), "the damaged entry is written again");
        assertEquals(TestRules.ruleSet().rules().size(), compiled.rules().size());

        CompiledRulesCache third = new CompiledRulesCache(cacheDir, "build 1");
        assertNotNull(load(third, TestRules.RULES));
        assertEquals(1, third.hits(), "the rewritten entry reads back");
    }

    @Test
    void onlyTheFirstBuildOfALoaderUsesTheCacheSoHotReloadsNeverWaitForTheDisk(@TempDir Path rules) throws Exception {
        TestRules.copyRules(rules);
        CompiledRulesCache cache = new CompiledRulesCache(cacheDir, "build 1");
        RuleSetLoader loader = RuleSetLoader.forEdits(cache);
        loader.load(RuleFiles.fromDirectory(rules));
        Path network = rules.resolve("network.drl");
        String original = Files.readString(network);
        Files.writeString(network, original + "\n// an edit\n");
        loader.load(RuleFiles.fromDirectory(rules));
        assertEquals(1, cache.writes());
        assertEquals(1, entries().size());

        Files.writeString(network, original);
        loader.load(RuleFiles.fromDirectory(rules));
        assertEquals(0, cache.hits(), "an edit back to cached rules recompiles the file rather than reading the disk");
        assertEquals(List.of("network.drl"), loader.lastCompiledFiles());
    }

    @Test
    void classesOutsideAJarHaveNoCacheBesideThem() {
        // the tests run from target/classes: a folder whose classes can change under the same name
        assertNull(CompiledRulesCache.besideTheJar());
    }
}
