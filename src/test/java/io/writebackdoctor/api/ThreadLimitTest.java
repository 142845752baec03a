package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web server's threads are bounded (ServiceConfig.maxThreads): more requests than threads wait
 * for one and are answered, none is turned away, and the pool never grows past its bound.
 */
class ThreadLimitTest {

    private static final int MAX_THREADS = 6;
    private static final int CONCURRENT_REQUESTS = 24;
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.start(c -> c.maxThreads = MAX_THREADS);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void moreRequestsThanThreadsAreAllAnswered() throws Exception {
        String body = ApiServer.sample("multi-fault-small-business.json");
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            List<Future<ApiServer.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                answers.add(clients.submit(() -> server.postJson("/api/v1/diagnose", body)));
            }
            for (Future<ApiServer.Answer> answer : answers) {
                ApiServer.Answer a = answer.get();
                assertEquals(200, a.status(), () -> "answer: " + a);
                assertEquals("FAIL", a.json().at("/summary/outcome").asText());
            }
        } finally {
            clients.shutdown();
        }
        int threads = server.service.webThreadCount();
        assertTrue(threads > 0 && threads <= MAX_THREADS, "threads in the web server's pool: " + threads);
    }
}
