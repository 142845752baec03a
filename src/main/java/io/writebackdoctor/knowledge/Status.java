package io.writebackdoctor.knowledge;

/** The verdict on one check. When rules disagree, the one with the highest {@link #weight} wins. */
public enum Status {
    NOT_APPLICABLE(0), PASS(1), INFO(2), UNKNOWN(3), WARN(4), FAIL(5);

    private final int weight;

    Status(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    /** How this status counts towards {@code summary.outcome}: FAIL > WARN > UNKNOWN > PASS. */
    public Status asOutcome() {
        return this == INFO || this == NOT_APPLICABLE ? PASS : this;
    }
}
