package io.writebackdoctor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.writebackdoctor.engine.RuleFiles;
import io.writebackdoctor.engine.RuleProblem;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.engine.RuleSetException;
import io.writebackdoctor.engine.RuleSetLoader;
import io.writebackdoctor.engine.SampleVerifier;
import io.writebackdoctor.facts.InvalidFactsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jetbrains.annotations.NotNull;

/**
 * {@code POST /api/v1/rules/validate} (admin): compiles candidate DRL files together with the
 * current catalogs and data, without deploying anything, and runs every facts sample against the
 * candidate. Body: {@code {"files": {"network.drl": "…"}}}; a candidate replaces the file of the same
 * name or adds a new one.
 */
final class ValidateRulesEndpoint implements Handler {

    static final String PATH = "/api/v1/rules/validate";

    record SampleChange(String sample, String error, List<SampleVerifier.Row> changes) {
    }

    record Answer(boolean valid, String candidateVersion, List<RuleProblem> errors, int samplesRun, int samplesFailing,
                  List<SampleChange> samples) {
    }

    private final WritebackDoctorService service;

    ValidateRulesEndpoint(WritebackDoctorService service) {
        this.service = service;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        service.adminGuard().check(ctx);
        String body = RequestBody.json(ctx, service.config().maxBodyBytes);
        RuleSet current = service.ruleSetOrUnavailable(ctx);
        Map<String, byte[]> files = new TreeMap<>(current.files());
        candidates(body).forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        RuleFiles candidate = new RuleFiles("(candidate)", files);
        RuleSet compiled;
        try {
            compiled = new RuleSetLoader().load(candidate);
        } catch (RuleSetException e) {
            Responses.json(ctx, 200, new Answer(false, candidate.version(), e.getProblems(), 0, 0, List.of()));
            return;
        }
        List<SampleChange> changes = List.of();
        int run = 0;
        int failing = 0;
        if (service.config().samplesDir != null && Files.isDirectory(service.config().samplesDir)) {
            try {
                List<SampleVerifier.SampleResult> results = new SampleVerifier().verify(compiled, service.config().samplesDir);
                run = results.size();
                changes = results.stream().filter(r -> !r.passed())
                        .map(r -> new SampleChange(r.sample(), r.error(), r.mismatches())).toList();
                failing = changes.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Responses.json(ctx, 200, new Answer(true, compiled.version(), List.of(), run, failing, changes));
    }

    /** The candidate files: names must be plain .drl file names inside the rules folder. */
    private Map<String, String> candidates(String body) {
        JsonNode json;
        try {
            json = service.factsReader().parse(body);
        } catch (InvalidFactsException e) {
            throw new ProblemException(Problem.invalidFacts(e.getMessage(), e.getProblems()));
        }
        JsonNode files = json.path("files");
        if (!files.isObject() || files.isEmpty()) {
            throw badRequest("/files", "expected an object of DRL file name to DRL text, e.g. {\"files\": {\"network.drl\": \"…\"}}");
        }
        Map<String, String> out = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = files.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String pointer = "/files/" + e.getKey().replace("~", "~0").replace("/", "~1");
            if (!e.getKey().matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.drl")) {
                throw badRequest(pointer, "expected a DRL file name such as network.drl");
            }
            if (!e.getValue().isTextual()) throw badRequest(pointer, "expected the DRL text as a string");
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static ProblemException badRequest(String pointer, String message) {
        return new ProblemException(Problem.invalidFacts("The candidate rules request is not valid",
                List.of(io.writebackdoctor.facts.InputProblem.at(pointer, message))));
    }
}
