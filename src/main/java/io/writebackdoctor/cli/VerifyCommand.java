package io.writebackdoctor.cli;

import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.engine.SampleVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verify}: run every facts sample and compare expected with actual statuses. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Run every facts sample against the rules and print expected versus actual statuses.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every expectation holds", "1:at least one mismatch", "3:the rule set does not compile"})
final class VerifyCommand extends RuleSetCommand {

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "facts-samples", description = "samples folder (default: ${DEFAULT-VALUE})")
    Path samples;

    @Option(names = "--all", description = "list every expectation, not only the mismatches")
    boolean all;

    @Override
    int run(RuleSet ruleSet, PrintWriter out) throws IOException {
        List<SampleVerifier.SampleResult> results = new SampleVerifier().verify(ruleSet, samples);
        String format = "%-45s %-34s %-15s %-15s %s%n";
        out.printf(format, "SAMPLE", "CHECK", "EXPECTED", "ACTUAL", "");
        int failed = 0;
        for (SampleVerifier.SampleResult r : results) {
            if (r.error() != null) {
                out.printf(format, r.sample(), "(error)", "", "", r.error());
                failed++;
                continue;
            }
            if (!r.passed()) failed++;
            for (SampleVerifier.Row row : r.rows()) {
                if (all || !row.matches()) {
                    out.printf(format, r.sample(), row.check(), row.expected(), row.actual(), row.matches() ? "ok" : "MISMATCH");
                }
            }
            if (!all && r.passed()) out.printf(format, r.sample(), "(all " + r.rows().size() + ")", "", "", "ok");
        }
        out.printf("%n%d samples, %d passed, %d failed (rule set %s)%n", results.size(), results.size() - failed, failed, ruleSet.version());
        return failed == 0 ? Main.OK : Main.FAILING;
    }
}
