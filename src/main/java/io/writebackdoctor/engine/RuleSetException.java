package io.writebackdoctor.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used; lists every problem found. */
public class RuleSetException extends Exception {
    private final List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super("the rule set has " + problems.size() + " problem(s):\n  "
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> getProblems() {
        return problems;
    }
}
