package io.writebackdoctor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer to one facts document (the contract's response body). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Diagnosis(
        RuleSetInfo ruleSet,
        String language,
        Summary summary,
        List<Finding> findings,
        List<String> warnings,
        List<TraceEntry> trace) {

}
