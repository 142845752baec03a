package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.writebackdoctor.TestRules;
import io.writebackdoctor.report.Diagnosis;
import io.writebackdoctor.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every facts sample and compares every expected status. A rule author adds a case by adding
 * {@code facts-samples/NAME.json} and {@code NAME.expected.json}: no Java.
 */
class SampleScenariosTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(TestRules.SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    static Path expectationOf(Path sample) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected.json");
    }

    @TestFactory
    Stream<DynamicTest> everySampleGetsItsExpectedStatuses() throws IOException {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            JsonNode expected = MAPPER.readTree(Files.readString(expectationOf(sample)));
            Diagnosis diagnosis = TestRules.diagnose(Files.readString(sample));
            Map<String, String> actual = diagnosis.findings().stream()
                    .collect(Collectors.toMap(Finding::check, f -> f.status().name()));

            List<String> mismatches = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = expected.get("statuses").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String got = actual.get(e.getKey());
                if (!e.getValue().asText().equals(got)) {
                    mismatches.add(e.getKey() + ": expected " + e.getValue().asText() + ", got " + got);
                }
            }
            assertTrue(mismatches.isEmpty(), sample + "\n  " + String.join("\n  ", mismatches));
            if (expected.has("outcome")) {
                assertEquals(expected.get("outcome").asText(), diagnosis.summary().outcome().name(), "outcome of " + sample);
            }
            int warnings = expected.has("warnings") ? expected.get("warnings").asInt() : 0;
            assertEquals(warnings, diagnosis.warnings().size(), "warnings of " + sample + ": " + diagnosis.warnings());
        }));
    }

    @Test
    void everySampleHasAnExpectationCoveringEveryArticleCheck() throws IOException {
        List<String> checks = TestRules.ruleSet().checks().all().stream().filter(c -> c.isFromArticle())
                .map(c -> c.id()).toList();
        List<Path> samples = samples();
        assertTrue(samples.size() >= 20, "at least 20 samples, found " + samples.size());
        for (Path sample : samples) {
            Path expectation = expectationOf(sample);
            assertTrue(Files.exists(expectation), "missing " + expectation);
            JsonNode statuses = MAPPER.readTree(Files.readString(expectation)).get("statuses");
            for (String check : checks) {
                assertTrue(statuses.has(check), expectation + " does not state " + check);
            }
        }
    }
}
