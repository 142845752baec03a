package io.writebackdoctor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.facts.InputProblem;
import io.writebackdoctor.facts.InvalidFactsException;
import io.writebackdoctor.report.Diagnosis;
import io.writebackdoctor.report.RuleSetInfo;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * {@code POST /api/v1/diagnose/batch}: an array of facts documents, each with an optional
 * {@code id}, answered in order. A bad item gets its own error; the others are still diagnosed.
 */
final class BatchDiagnoseEndpoint implements Handler {

    static final String PATH = "/api/v1/diagnose/batch";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(int index, String id, Diagnosis diagnosis, Problem error) {
    }

    record Answer(RuleSetInfo ruleSet, String language, int count, List<Item> results) {
    }

    private final WritebackDoctorService service;

    BatchDiagnoseEndpoint(WritebackDoctorService service) {
        this.service = service;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        String body = RequestBody.json(ctx, service.config().maxBodyBytes);
        RuleSet ruleSet = service.ruleSetOrUnavailable(ctx);
        JsonNode items = parseArray(body);
        if (items.size() > service.config().maxBatchItems) {
            throw new ProblemException(Problem.of("batch-too-large", "Too many documents in one batch", 413,
                    "the batch has " + items.size() + " documents; the limit is " + service.config().maxBatchItems));
        }
        String language = service.language(ctx, ruleSet);
        boolean explain = "true".equals(ctx.queryParam("explain"));
        Diagnoser diagnoser = new Diagnoser(ruleSet);
        List<Item> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(diagnoseItem(i, items.get(i), diagnoser, language, explain));
        }
        ctx.header("Content-Language", language);
        Responses.json(ctx, 200, new Answer(ruleSet.info(), language, results.size(), results));
    }

    private Item diagnoseItem(int index, JsonNode item, Diagnoser diagnoser, String language, boolean explain) {
        String at = "/" + index;
        if (!item.isObject()) {
            return new Item(index, null, null, Problem.invalidFacts("each batch item must be a facts document",
                    List.of(InputProblem.at(at, "expected a JSON object"))).at(null));
        }
        ObjectNode document = ((ObjectNode) item).deepCopy();
        JsonNode id = document.remove("id");
        String itemId = id == null || id.isNull() ? null : id.asText();
        try {
            Diagnosis diagnosis = diagnoser.diagnose(service.factsReader().read(document), language, explain);
            return new Item(index, itemId, diagnosis, null);
        } catch (InvalidFactsException e) {
            List<InputProblem> located = e.getProblems().stream()
                    .map(p -> new InputProblem(at + p.pointer(), p.message(), p.line(), p.column())).toList();
            return new Item(index, itemId, null, Problem.invalidFacts(e.getMessage(), located));
        }
    }

    private JsonNode parseArray(String body) {
        JsonNode node;
        try {
            node = service.factsReader().parse(body);
        } catch (InvalidFactsException e) {
            throw new ProblemException(Problem.invalidFacts(e.getMessage(), e.getProblems()));
        }
        if (!node.isArray()) {
            throw new ProblemException(Problem.invalidFacts("A batch is a JSON array of facts documents",
                    List.of(InputProblem.at("", "expected a JSON array"))));
        }
        return node;
    }
}
