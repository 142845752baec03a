package io.writebackdoctor.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Admin endpoints need {@code Authorization: Bearer <token>} with the token given by
 * {@code --admin-token} or {@code WRITEBACK_DOCTOR_ADMIN_TOKEN}; with no token configured they are off.
 */
final class AdminGuard {

    private final String token;

    AdminGuard(String token) {
        this.token = token == null || token.isBlank() ? null : token;
    }

    void check(Context ctx) {
        if (token == null) {
            throw new ProblemException(Problem.of("admin-disabled", "Admin endpoints are disabled", 403,
                    "start the service with --admin-token or WRITEBACK_DOCTOR_ADMIN_TOKEN to enable this endpoint"));
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).trim() : "";
        // constant-time comparison: the answer's timing must not reveal how much of the token matched
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ProblemException(Problem.of("unauthorized", "Missing or wrong bearer token", 401,
                    "send Authorization: Bearer <admin token>"));
        }
    }
}
