package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The load benchmark's floor endpoint exists only in benchmark mode and does the body handling only. */
class BenchmarkModeTest {

    @Test
    void theFloorEndpointParsesTheBodyAndAnswersAFixedJsonInBenchmarkModeOnly() {
        String sample = ApiServer.sample("multi-fault-small-business.json");
        try (ApiServer bench = ApiServer.start(c -> {
            c.benchmarkMode = true;
            c.watchRules = false;
        })) {
            ApiServer.Answer a = bench.postJson("/bench/floor", sample);
            assertEquals(200, a.status(), a.body());
            assertEquals("{\"ok\":true}", a.body());
            ApiServer.assertProblem(bench.postJson("/bench/floor", "{\"a\": "), 400, "invalid-facts", "/bench/floor");
            ApiServer.assertProblem(bench.post("/bench/floor", "text/plain", sample.getBytes(), new String[0]), 415,
                    "unsupported-media-type", "/bench/floor");
            assertTrue(bench.service.routes().contains("POST /bench/floor"));
        }
        try (ApiServer normal = ApiServer.start(c -> c.watchRules = false)) {
            assertEquals(404, normal.postJson("/bench/floor", sample).status());
            assertFalse(normal.service.routes().contains("POST /bench/floor"));
        }
    }
}
