package io.writebackdoctor.api;

import io.javalin.http.Context;
import io.writebackdoctor.engine.RuleSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health} (the process answers) and {@code GET /ready} (a rule set is loaded and we are not draining). */
final class HealthEndpoints {

    static final String HEALTH = "/health";
    static final String READY = "/ready";

    private final WritebackDoctorService service;

    HealthEndpoints(WritebackDoctorService service) {
        this.service = service;
    }

    void health(Context ctx) {
        Responses.json(ctx, 200, Map.of("status", "UP"));
    }

    void ready(Context ctx) {
        RuleSet ruleSet = service.rules().get();
        Map<String, Object> body = new LinkedHashMap<>();
        boolean ready = ruleSet != null && !service.isDraining();
        body.put("status", ready ? "READY" : "NOT_READY");
        if (ruleSet != null) body.put("ruleSet", ruleSet.info());
        if (service.isDraining()) body.put("reason", "shutting down");
        else if (ruleSet == null) body.put("reason", "no rule set loaded; see GET /api/v1/rules");
        Responses.json(ctx, ready ? 200 : 503, body);
    }
}
