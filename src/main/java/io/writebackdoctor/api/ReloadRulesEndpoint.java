package io.writebackdoctor.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.writebackdoctor.engine.RuleProblem;
import io.writebackdoctor.report.RuleSetInfo;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * {@code POST /api/v1/rules/reload} (admin): reload the rules folder now. 200 with the new rule set,
 * or 422 with every error while the last good rule set keeps serving.
 */
final class ReloadRulesEndpoint implements Handler {

    static final String PATH = "/api/v1/rules/reload";

    record Answer(boolean reloaded, RuleSetInfo ruleSet, List<RuleProblem> errors) {
    }

    private final WritebackDoctorService service;

    ReloadRulesEndpoint(WritebackDoctorService service) {
        this.service = service;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        service.adminGuard().check(ctx);
        boolean reloaded = service.rules().reload();
        var current = service.rules().get();
        Responses.json(ctx, reloaded ? 200 : 422, new Answer(reloaded, current == null ? null : current.info(),
                service.rules().lastAttempt().problems()));
    }
}
