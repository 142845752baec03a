package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.engine.RuleFiles;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * 500 reloads, each compiling changed DRL: heap after GC stays within 10% of where it was after
 * warm-up, and the replaced rule sets are garbage-collected. (Integration-test phase: it takes minutes.)
 */
class ReloadMemoryIT {

    static final int RELOADS = 500;
    static final int WARM_UP = 20;

    @TempDir
    Path rules;

    @Test
    void heapStaysFlatAndOldRuleSetsAreReleasedOver500Reloads() throws Exception {
        TestRules.copyRules(rules);
        Path network = rules.resolve("network.drl");
        String original = Files.readString(network);
        CurrentRuleSet current = new CurrentRuleSet(() -> RuleFiles.fromDirectoryUnchecked(rules), rules);

        WeakReference<KieBase> first = null;
        long baseline = 0;
        for (int i = 1; i <= RELOADS; i++) {
            // a different threshold each time, so every reload compiles a new KieBase
            Files.writeString(network, original.replace("idleTimeoutSeconds >= 360 )", "idleTimeoutSeconds >= " + (360 + i) + " )"));
            assertTrue(current.reload(), "reload " + i + ": " + current.lastAttempt().problems());
            if (i == 1) first = new WeakReference<>(current.get().kieBase());
            if (i == WARM_UP) baseline = usedHeapAfterGc();
        }
        long end = usedHeapAfterGc();
        System.out.printf("heap after GC: %d KiB after %d reloads, %d KiB after %d reloads (%+.1f%%)%n",
                baseline / 1024, WARM_UP, end / 1024, RELOADS, 100.0 * (end - baseline) / baseline);
        assertTrue(end <= baseline * 1.10, "heap grew from " + baseline + " to " + end + " bytes");
        assertNull(first.get(), "the first rule set's KieBase is still reachable");
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
