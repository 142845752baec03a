package io.writebackdoctor.api;

/** Ends a request with a problem answer; thrown by handlers, rendered by one exception handler. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
