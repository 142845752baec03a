package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.report.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions are pooled and reused: nothing of one diagnosis may reach the next, and a session that
 * ended in an error is never handed out again.
 */
class SessionReuseTest {

    private static List<Finding> diagnose(RuleSet ruleSet, String sample) throws Exception {
        String json = Files.readString(TestRules.SAMPLES.resolve(sample + ".json"));
        return new Diagnoser(ruleSet).diagnose(new FactsReader().read(json), "en", false).findings();
    }

    private static RuleSet freshRuleSet(Path folder) throws Exception {
        return new RuleSetLoader().load(RuleFiles.fromDirectory(folder));
    }

    @Test
    void aReusedSessionAnswersExactlyLikeAFreshRuleSet() throws Exception {
        RuleSet reused = freshRuleSet(TestRules.RULES);
        // Fill the pool's sessions with a document full of failures and events, several times.
        for (int i = 0; i < 5; i++) {
            diagnose(reused, "multi-fault-small-business");
            diagnose(reused, "events-protected-account-33004");
        }
        for (String sample : List.of("nearly-empty", "healthy-hybrid", "tenant-accounts-cloud-only")) {
            assertEquals(diagnose(freshRuleSet(TestRules.RULES), sample), diagnose(reused, sample),
                    sample + " diagnosed on a reused session differs from a fresh rule set");
        }
    }

    @Test
    void aSessionStoppedByTheFiringLimitIsNotReused(@TempDir Path rules) throws Exception {
        TestRules.copyRules(rules);
        Files.writeString(rules.resolve("zz-loop.drl"), TestRules.LOOPING_RULE);
        RuleSet looping = freshRuleSet(rules);
        for (int i = 0; i < 3; i++) {
            assertThrows(RuleLoopException.class, () -> diagnose(looping, "healthy-hybrid"));
        }
        // The loop needs a network section; a document without one must come out whole.
        List<Finding> afterLoops = diagnose(looping, "nearly-empty");
        assertEquals(diagnose(freshRuleSet(rules), "nearly-empty"), afterLoops);
    }
}
