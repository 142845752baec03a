package io.writebackdoctor.engine;

/** The rules did not settle within the firing or time limit: a rule keeps re-triggering itself. */
public class RuleLoopException extends RuntimeException {
    private final String rule;

    public RuleLoopException(String message, String rule) {
        super(message);
        this.rule = rule;
    }

    /** The rule that fired last, most likely the one that loops. */
    public String rule() {
        return rule;
    }
}
