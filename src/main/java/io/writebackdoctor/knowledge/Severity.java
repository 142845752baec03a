package io.writebackdoctor.knowledge;

/** How much a failed check hurts writeback. */
public enum Severity {
    /** writeback cannot work */
    BLOCKER,
    /** writeback fails for some users or operations */
    ERROR,
    /** a risk, a likely cause or a degradation */
    WARNING,
    /** an explanation or hygiene */
    INFO
}
