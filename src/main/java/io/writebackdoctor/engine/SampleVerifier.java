package io.writebackdoctor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.facts.InvalidFactsException;
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

/**
 * Runs every facts sample ({@code NAME.json}) against a rule set and compares the statuses stated in
 * {@code NAME.expected.json}: what {@code verify} prints and what the validate endpoint reports.
 */
public final class SampleVerifier {

    public static final String EXPECTED_SUFFIX = ".expected.json";

    /** One stated expectation and what the rules answered. */
    public record Row(String check, String expected, String actual) {
        public boolean matches() {
            return expected.equals(actual);
        }
    }

    /** One sample: its rows, or the error that kept it from running. */
    public record SampleResult(String sample, List<Row> rows, String error) {
        public boolean passed() {
            return error == null && rows.stream().allMatch(Row::matches);
        }

        public List<Row> mismatches() {
            return rows.stream().filter(r -> !r.matches()).toList();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final FactsReader reader = new FactsReader();

    public List<SampleResult> verify(RuleSet ruleSet, Path samples) throws IOException {
        List<SampleResult> results = new ArrayList<>();
        for (Path sample : samples(samples)) results.add(verifyOne(ruleSet, sample));
        return results;
    }

    public static List<Path> samples(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(EXPECTED_SUFFIX)).sorted().toList();
        }
    }

    private SampleResult verifyOne(RuleSet ruleSet, Path sample) {
        String name = sample.getFileName().toString();
        Path expectedFile = sample.resolveSibling(name.substring(0, name.length() - ".json".length()) + EXPECTED_SUFFIX);
        try {
            if (!Files.exists(expectedFile)) return new SampleResult(name, List.of(), "no " + expectedFile.getFileName());
            JsonNode expected = MAPPER.readTree(Files.readString(expectedFile));
            Diagnosis diagnosis = new Diagnoser(ruleSet).diagnose(reader.read(Files.readString(sample)), RuleSet.DEFAULT_LANGUAGE, false);
            Map<String, String> actual = diagnosis.findings().stream()
                    .collect(Collectors.toMap(Finding::check, f -> f.status().name()));
            List<Row> rows = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = expected.path("statuses").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                rows.add(new Row(e.getKey(), e.getValue().asText(), actual.getOrDefault(e.getKey(), "(no such check)")));
            }
            if (expected.has("outcome")) {
                rows.add(new Row("(outcome)", expected.get("outcome").asText(), diagnosis.summary().outcome().name()));
            }
            return new SampleResult(name, rows, null);
        } catch (InvalidFactsException e) {
            return new SampleResult(name, List.of(), "invalid facts: " + e.getProblems());
        } catch (IOException | RuntimeException e) {
            return new SampleResult(name, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
