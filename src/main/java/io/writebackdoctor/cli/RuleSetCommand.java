package io.writebackdoctor.cli;

import io.writebackdoctor.engine.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on a loaded rule set ({@code --rules DIR}): a rule set that does not load
 * is reported, file:line: message, and ends the command with {@link Main#BAD_RULES}.
 */
abstract class RuleSetCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules = new RulesOption();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        RuleSet ruleSet = rules.loadOrReport(spec.commandLine().getErr());
        if (ruleSet == null) return Main.BAD_RULES;
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = run(ruleSet, out);
        out.flush();
        return exitCode;
    }

    /** The command's work on a rule set that loaded; returns the exit code. */
    abstract int run(RuleSet ruleSet, PrintWriter out) throws IOException;
}
