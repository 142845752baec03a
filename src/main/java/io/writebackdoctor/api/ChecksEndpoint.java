package io.writebackdoctor.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.writebackdoctor.engine.MessageCatalog;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.knowledge.CheckDefinition;
import io.writebackdoctor.knowledge.Severity;
import io.writebackdoctor.report.RuleSetInfo;
import io.writebackdoctor.report.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/** {@code GET /api/v1/checks}: the catalog of checks in report order, with what each reads and cites. */
final class ChecksEndpoint implements Handler {

    static final String PATH = "/api/v1/checks";

    record Check(String id, String section, String origin, String confidence, Severity severity, String title,
                 List<String> reads, boolean hybridOnly, boolean onlyWhenDecided, List<SourceRef> sources) {
    }

    record Answer(RuleSetInfo ruleSet, String language, List<Check> checks) {
    }

    private final WritebackDoctorService service;

    ChecksEndpoint(WritebackDoctorService service) {
        this.service = service;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        RuleSet ruleSet = service.ruleSetOrUnavailable(ctx);
        String language = service.language(ctx, ruleSet);
        MessageCatalog messages = ruleSet.messages(language);
        List<Check> checks = new ArrayList<>();
        for (CheckDefinition c : ruleSet.checks().all()) {
            checks.add(new Check(c.id(), c.section(), c.origin(), c.getConfidence(), c.severity(), messages.label(c.id() + ".title"),
                    c.reads(), c.isHybridOnly(), c.isOnlyWhenDecided(), ruleSet.sourcesOf(c.id())));
        }
        ctx.header("Content-Language", messages.language());
        Responses.json(ctx, 200, new Answer(ruleSet.info(), messages.language(), checks));
    }

}
