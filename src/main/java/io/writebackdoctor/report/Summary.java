package io.writebackdoctor.report;

import io.writebackdoctor.knowledge.Status;
import java.util.Map;

/** The worst status among findings (FAIL > WARN > UNKNOWN > PASS) and how many of each there are. */
public record Summary(Status outcome, Map<Status, Integer> counts) {
}
