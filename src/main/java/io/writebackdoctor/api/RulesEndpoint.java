package io.writebackdoctor.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.writebackdoctor.engine.RuleInfo;
import io.writebackdoctor.engine.RuleProblem;
import io.writebackdoctor.engine.RuleSet;
import java.time.Instant;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * {@code GET /api/v1/rules}: the serving rule set (version, files, rules with their metadata, load
 * time) and the last load attempt's errors; {@code stale} is true when the files on disk were
 * rejected and an older rule set is still serving.
 */
final class RulesEndpoint implements Handler {

    static final String PATH = "/api/v1/rules";

    record FileInfo(String name, int bytes) {
    }

    record Answer(String version, Instant loadedAt, String origin, boolean stale, Instant lastAttemptAt,
                  List<RuleProblem> lastErrors, List<FileInfo> files, List<RuleInfo> rules) {
    }

    private final WritebackDoctorService service;

    RulesEndpoint(WritebackDoctorService service) {
        this.service = service;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        CurrentRuleSet current = service.rules();
        RuleSet ruleSet = current.get();
        CurrentRuleSet.LoadAttempt attempt = current.lastAttempt();
        if (ruleSet == null) {
            Responses.json(ctx, 503, new Answer(null, null, null, true, attempt.at(), attempt.problems(), List.of(), List.of()));
            return;
        }
        List<FileInfo> files = ruleSet.files().entrySet().stream()
                .map(e -> new FileInfo(e.getKey(), e.getValue().length)).toList();
        Responses.json(ctx, 200, new Answer(ruleSet.version(), ruleSet.loadedAt(), ruleSet.origin(), current.isStale(),
                attempt.at(), attempt.problems(), files, ruleSet.rules()));
    }
}
