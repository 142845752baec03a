package io.writebackdoctor.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/** Reads a JSON catalog or data file of the rule set strictly: a typo is an error with its line. */
final class CatalogReader {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CatalogReader() {
    }

    /** The parsed file, or null after adding a problem (missing file, bad JSON, wrong shape). */
    static <T> T read(RuleFiles files, String name, Class<T> type, List<RuleProblem> problems) {
        String text = files.text(name);
        if (text == null) {
            problems.add(new RuleProblem(name, 0, "file is missing from the rule set"));
            return null;
        }
        try {
            return STRICT.readValue(text, type);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RuleProblem(name, line, e.getOriginalMessage()));
            return null;
        }
    }
}
