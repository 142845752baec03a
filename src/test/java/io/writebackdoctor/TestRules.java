package io.writebackdoctor;

import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.engine.RuleFiles;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.engine.RuleSetLoader;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.knowledge.Status;
import io.writebackdoctor.report.Diagnosis;
import java.nio.file.Path;

/** The project's rule set, compiled once per test JVM, and a one-call diagnosis for tests. */
public final class TestRules {

    public static final Path RULES = Path.of("rules");
    public static final Path SAMPLES = Path.of("facts-samples");

    /** A DRL file with a rule that re-triggers itself forever on any document with a network section. */
    public static final String LOOPING_RULE = """
            package writeback
            import io.writebackdoctor.facts.*;
            import io.writebackdoctor.knowledge.*;
            global Verdicts decide;
            rule "Re-examine the network forever"
                @check(IDLE_CONNECTION_TIMEOUT) @source("ARTICLE: test")
            when
                $n : Network()
            then
                update($n);
            end
            """;

    private static RuleSet ruleSet;

    private TestRules() {
    }

    public static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            try {
                ruleSet = new RuleSetLoader().load(RuleFiles.fromDirectory(RULES));
            } catch (Exception e) {
                throw new IllegalStateException("the project's rule set does not load", e);
            }
        }
        return ruleSet;
    }

    /** Copies the project's rules folder into {@code target} (which may exist), for tests that edit rules. */
    public static Path copyRules(Path target) {
        try (var files = java.nio.file.Files.walk(RULES)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(RULES.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to);
                else java.nio.file.Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every catalogued check in report order: rules/checks.json, then rules/checks/*.json by file name. */
    public static java.util.List<com.fasterxml.jackson.databind.JsonNode> catalogedChecks() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<Path> files = new java.util.ArrayList<>(java.util.List.of(RULES.resolve("checks.json")));
        java.util.List<com.fasterxml.jackson.databind.JsonNode> checks = new java.util.ArrayList<>();
        try (var more = java.nio.file.Files.list(RULES.resolve("checks"))) {
            more.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
            for (Path file : files) json.readTree(java.nio.file.Files.readString(file)).get("checks").forEach(checks::add);
            return checks;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every text of one language: messages/<lang>.properties plus messages/<area>.<lang>.properties. */
    public static java.util.Properties catalog(String language) {
        java.util.Properties p = new java.util.Properties();
        try (var files = java.nio.file.Files.list(RULES.resolve("messages"))) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (name.equals(language + ".properties") || name.endsWith("." + language + ".properties")) {
                    p.load(new java.io.StringReader(java.nio.file.Files.readString(f)));
                }
            }
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The status one check gets when a rule set diagnoses a facts document (JSON text). */
    public static Status statusOf(RuleSet ruleSet, String facts, String check) throws Exception {
        return new Diagnoser(ruleSet).diagnose(new FactsReader().read(facts), "en", false).findings().stream()
                .filter(f -> f.check().equals(check)).findFirst().orElseThrow().status();
    }

    /** Diagnoses a facts document (JSON text) in English with the trace. */
    public static Diagnosis diagnose(String json) {
        try {
            return new Diagnoser(ruleSet()).diagnose(new FactsReader().read(json), "en", true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
