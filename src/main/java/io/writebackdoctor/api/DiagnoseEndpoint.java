package io.writebackdoctor.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.facts.InvalidFactsException;
import io.writebackdoctor.facts.ParsedFacts;
import io.writebackdoctor.report.Diagnosis;
import io.writebackdoctor.report.ReadableReport;
import org.jetbrains.annotations.NotNull;

/**
 * {@code POST /api/v1/diagnose}: one facts document in, the contract's answer out (JSON), or the
 * readable report with {@code Accept: text/markdown}. {@code ?explain=true} adds the trace.
 */
final class DiagnoseEndpoint implements Handler {

    static final String PATH = "/api/v1/diagnose";
    static final String MARKDOWN = "text/markdown";

    private final WritebackDoctorService service;

    DiagnoseEndpoint(WritebackDoctorService service) {
        this.service = service;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        String body = RequestBody.json(ctx, service.config().maxBodyBytes);
        RuleSet ruleSet = service.ruleSetOrUnavailable(ctx);
        ParsedFacts facts;
        try {
            facts = service.factsReader().read(body);
        } catch (InvalidFactsException e) {
            throw new ProblemException(Problem.invalidFacts(e.getMessage(), e.getProblems()));
        }
        String language = service.language(ctx, ruleSet);
        Diagnosis diagnosis = new Diagnoser(ruleSet).diagnose(facts, language, "true".equals(ctx.queryParam("explain")));
        ctx.header("Content-Language", diagnosis.language());
        if (wantsMarkdown(ctx)) {
            ctx.status(200).contentType(MARKDOWN + "; charset=utf-8")
                    .result(new ReadableReport(ruleSet.messages(language), ReadableReport.Style.MARKDOWN).render(diagnosis));
        } else {
            Responses.json(ctx, 200, diagnosis);
        }
    }

    /** Markdown only when the client prefers it over JSON. */
    private static boolean wantsMarkdown(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null) return false;
        int markdown = accept.indexOf(MARKDOWN);
        int json = accept.indexOf("application/json");
        return markdown >= 0 && (json < 0 || markdown < json);
    }

}
