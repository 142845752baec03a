package io.writebackdoctor.report;

import java.util.List;

/** One rule firing: the rule, the check it speaks for, and the facts it matched (JSON Pointers). */
public record TraceEntry(String rule, String check, List<String> facts) {
}
