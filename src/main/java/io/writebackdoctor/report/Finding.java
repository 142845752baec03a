package io.writebackdoctor.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.writebackdoctor.knowledge.Severity;
import io.writebackdoctor.knowledge.Status;
import java.util.List;
import java.util.Map;

/**
 * The verdict on one check, ready for a user: where it comes from (the article or current guidance)
 * and how confident that source is, texts in the requested language, the input values it
 * rests on (JSON Pointer to value), the facts that would decide it if it is UNKNOWN, its sources and
 * the rules that produced it.
 */
public record Finding(
        String check,
        String section,
        String origin,
        String confidence,
        Status status,
        Severity severity,
        String title,
        String explanation,
        List<String> remediation,
        Map<String, JsonNode> evidence,
        List<String> missingFacts,
        SourceRef source,
        List<SourceRef> sources,
        List<String> rules) {
}
