package io.writebackdoctor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code serve --self-test}: asks a freshly started service what a client would — is it ready,
 * does it list its checks, does it diagnose a bundled facts sample — and says whether each answer was
 * right. Operators run it after a deployment; the build runs it to record which classes the service
 * loads (the class-data archive that shortens start-up, see pom.xml).
 */
final class SelfTest {

    /** A copy of facts-samples/multi-fault-small-business.json, put in the jar by the build. */
    static final String SAMPLE = "/self-test/multi-fault-small-business.json";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final PrintWriter out;
    private int failures;

    SelfTest(String host, int port, PrintWriter out) {
        this.base = "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port;
        this.out = out;
    }

    /** Runs every probe and returns the number that failed. */
    int run() throws IOException, InterruptedException {
        probe("GET /ready", get("/ready"), "\"READY\"");
        probe("GET /api/v1/checks", get("/api/v1/checks"), "\"id\"");
        probe("POST /api/v1/diagnose", post("/api/v1/diagnose", sample()), "\"findings\"");
        return failures;
    }

    private void probe(String what, HttpResponse<String> answer, String expectedInBody) {
        boolean ok = answer.statusCode() == 200 && answer.body().contains(expectedInBody);
        if (!ok) failures++;
        out.printf("%-24s %s (HTTP %d)%n", what, ok ? "ok" : "FAILED", answer.statusCode());
        out.flush();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = SelfTest.class.getResourceAsStream(SAMPLE)) {
            if (in == null) throw new IOException("the jar lacks " + SAMPLE + "; rebuild it with mvn package");
            return in.readAllBytes();
        }
    }
}
