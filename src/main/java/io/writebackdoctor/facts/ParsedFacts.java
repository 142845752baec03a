package io.writebackdoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A facts document that passed validation: the typed model for rules, the original JSON for
 * evidence values, and warnings (unknown fields) for the answer.
 */
public record ParsedFacts(FactsDocument document, JsonNode json, List<String> warnings) {
}
