package io.writebackdoctor.cli;

import io.writebackdoctor.engine.RuleSet;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code validate}: compile and lint the rule set without a server. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compile and lint a rule set: DRL against the fact model, every rule with a catalogued @check and a known @source,",
                "every message key in every language with the same placeholders, every check with a title."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:the rule set is valid", "3:problems found (file:line: message)"})
final class ValidateCommand extends RuleSetCommand {

    @Override
    int run(RuleSet ruleSet, PrintWriter out) {
        out.printf("rule set %s from %s: %d rules, %d checks, %d files, languages %s%n", ruleSet.version(), ruleSet.origin(),
                ruleSet.rules().size(), ruleSet.checks().all().size(), ruleSet.files().size(), ruleSet.messages().keySet());
        out.println("OK");
        return Main.OK;
    }
}
