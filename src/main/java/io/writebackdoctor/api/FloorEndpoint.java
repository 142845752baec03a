package io.writebackdoctor.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.writebackdoctor.facts.InvalidFactsException;
import org.jetbrains.annotations.NotNull;

/**
 * {@code POST /bench/floor}, only in benchmark mode: the same body handling as the diagnose endpoint
 * (content type, size limit, JSON parse) and nothing else, so a load test can tell the cost of the
 * diagnosis from the cost of HTTP and parsing.
 */
final class FloorEndpoint implements Handler {

    static final String PATH = "/bench/floor";
    private static final String ANSWER = "{\"ok\":true}";

    private final WritebackDoctorService service;

    FloorEndpoint(WritebackDoctorService service) {
        this.service = service;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        String body = RequestBody.json(ctx, service.config().maxBodyBytes);
        try {
            service.factsReader().parse(body);
        } catch (InvalidFactsException e) {
            throw new ProblemException(Problem.invalidFacts(e.getMessage(), e.getProblems()));
        }
        ctx.status(200).contentType("application/json; charset=utf-8").result(ANSWER);
    }
}
