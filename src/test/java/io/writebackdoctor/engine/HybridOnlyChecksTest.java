package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.knowledge.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check marked hybridOnly in the catalog does not apply to a cloud-only tenant, whatever its rules
 * conclude: a rule author writes no guard on the tenant.
 */
class HybridOnlyChecksTest {

    private static final String CLOUD_ONLY = "{\"tenant\": {\"onPremisesSyncEnabled\": false}}";
    private static final String HYBRID = "{\"tenant\": {\"onPremisesSyncEnabled\": true}}";

    @TempDir
    Path rules;

    @Test
    void aRuleOfAHybridOnlyCheckDoesNotFireForACloudOnlyTenant() throws Exception {
        TestRules.copyRules(rules);
        Files.writeString(rules.resolve("zz-unguarded.drl"), RuleLimitsTest.HEADER + """
                rule "The PDC emulator is never reachable"
                    @check(PDC_EMULATOR_REACHABLE) @source("ARTICLE: test")
                when
                then
                    decide.fail(kcontext);
                end
                """);
        RuleSet ruleSet = new RuleSetLoader().load(RuleFiles.fromDirectory(rules));
        assertEquals(Status.NOT_APPLICABLE, TestRules.statusOf(ruleSet, CLOUD_ONLY, "PDC_EMULATOR_REACHABLE"));
        assertEquals(Status.FAIL, TestRules.statusOf(ruleSet, HYBRID, "PDC_EMULATOR_REACHABLE"));
        assertEquals(Status.FAIL, TestRules.statusOf(ruleSet, "{}", "PDC_EMULATOR_REACHABLE"), "a tenant not described may be hybrid");
    }

    @Test
    void theProjectsRulesLeaveOnlyTheTenantsOwnChecksToACloudOnlyTenant() throws Exception {
        assertEquals(Status.NOT_APPLICABLE, TestRules.statusOf(TestRules.ruleSet(), CLOUD_ONLY, "PDC_EMULATOR_REACHABLE"));
        assertEquals(Status.NOT_APPLICABLE, TestRules.statusOf(TestRules.ruleSet(), CLOUD_ONLY, "LICENSE_WRITEBACK_TIER"),
                "decided by its own cloud-only rule");
        assertEquals(Status.UNKNOWN, TestRules.statusOf(TestRules.ruleSet(), CLOUD_ONLY, "SSPR_ENABLED"));
    }
}
