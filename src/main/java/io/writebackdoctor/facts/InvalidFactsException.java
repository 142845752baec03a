package io.writebackdoctor.facts;

import java.util.List;

/** The facts document cannot be evaluated: malformed JSON, or values of the wrong type or shape. */
public class InvalidFactsException extends Exception {
    private final List<InputProblem> problems;

    public InvalidFactsException(String summary, List<InputProblem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> getProblems() {
        return problems;
    }
}
