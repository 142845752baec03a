package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.report.Diagnosis;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that never settles is stopped by the firing limit or the time limit, and named. */
class RuleLimitsTest {

    static final String HEADER = """
            package writeback
            import io.writebackdoctor.facts.*;
            import io.writebackdoctor.knowledge.*;
            global Verdicts decide;
            """;

    @TempDir
    Path rules;

    private RuleSet rulesWith(String rulesOnly) throws Exception {
        return rulesWithFile(HEADER + rulesOnly);
    }

    private RuleSet rulesWithFile(String drl) throws Exception {
        TestRules.copyRules(rules);
        Files.writeString(rules.resolve("zz-loop.drl"), drl);
        return new RuleSetLoader().load(RuleFiles.fromDirectory(rules));
    }

    private static String facts() throws Exception {
        return Files.readString(TestRules.SAMPLES.resolve("healthy-hybrid.json"));
    }

    @Test
    void aRuleThatRetriggersItselfIsStoppedByTheFiringLimit() throws Exception {
        RuleSet ruleSet = rulesWithFile(TestRules.LOOPING_RULE);
        RuleLoopException e = assertThrows(RuleLoopException.class,
                () -> new Diagnoser(ruleSet).diagnose(new FactsReader().read(facts()), "en", false));
        assertEquals("Re-examine the network forever", e.rule());
        assertTrue(e.getMessage().contains(Diagnoser.MAX_FIRINGS + " firings"), e.getMessage());
    }

    @Test
    void aSlowRuleThatKeepsFiringIsStoppedByTheTimeLimit() throws Exception {
        RuleSet ruleSet = rulesWith("""
                rule "Slowly re-examine the network"
                    @check(IDLE_CONNECTION_TIMEOUT) @source("ARTICLE: test")
                when
                    $n : Network()
                then
                    try { Thread.sleep(50); } catch (InterruptedException e) { }
                    update($n);
                end
                """);
        long start = System.currentTimeMillis();
        RuleLoopException e = assertThrows(RuleLoopException.class,
                () -> new Diagnoser(ruleSet).diagnose(new FactsReader().read(facts()), "en", false));
        long took = System.currentTimeMillis() - start;
        assertEquals("Slowly re-examine the network", e.rule());
        assertTrue(e.getMessage().contains(Diagnoser.TIME_LIMIT_MILLIS + " ms"), e.getMessage());
        assertTrue(took < Diagnoser.TIME_LIMIT_MILLIS + 2_000, "stopped after " + took + " ms");
    }

    @Test
    void theSameRuleSetStillAnswersDocumentsThatDoNotTriggerTheLoop() throws Exception {
        RuleSet ruleSet = rulesWithFile(TestRules.LOOPING_RULE);
        Diagnosis d = new Diagnoser(ruleSet).diagnose(new FactsReader().read("{\"symptom\": {\"area\": \"configuration\"}}"), "en", false);
        assertEquals(ruleSet.checks().all().stream().filter(c -> !c.isOnlyWhenDecided()).count(), d.findings().size());
    }
}
