package io.writebackdoctor.engine;

/** The rules did not settle within the firing limit: a rule keeps re-triggering itself. */
public class RuleLoopException extends RuntimeException {
    public RuleLoopException(String message) {
        super(message);
    }
}
