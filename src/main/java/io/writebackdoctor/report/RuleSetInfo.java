package io.writebackdoctor.report;

import java.time.Instant;

/** Which rule set answered: its content-derived version and when it was loaded. */
public record RuleSetInfo(String version, Instant loadedAt) {
}
