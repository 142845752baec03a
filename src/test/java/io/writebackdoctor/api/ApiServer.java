package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A real service on a free loopback port with the project's rule set, and a plain HTTP/1.1 client
 * for it. Test classes start one in {@code @BeforeAll} and close it in {@code @AfterAll}.
 */
final class ApiServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path RULES = Path.of("rules");
    static final Path SAMPLES = Path.of("facts-samples");

    final WritebackDoctorService service;
    final ServiceConfig config;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private ApiServer(ServiceConfig config, CurrentRuleSet rules) {
        this.config = config;
        this.service = new WritebackDoctorService(config, rules).start();
    }

    private static ApiServer shared;

    /**
     * One service with the project's rules and default limits, started once per test JVM and shared
     * by every test class that only sends requests to it (closed when the JVM exits).
     */
    static synchronized ApiServer shared() {
        if (shared == null) {
            shared = start(c -> { });
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    static ApiServer start(Consumer<ServiceConfig> tweak) {
        return start(RULES, tweak);
    }

    static ApiServer start(Path rules, Consumer<ServiceConfig> tweak) {
        ServiceConfig config = new ServiceConfig();
        config.port = 0;
        config.shutdownGraceMillis = 2_000;
        tweak.accept(config);
        return new ApiServer(config, CurrentRuleSet.forFolder(rules));
    }

    int port() {
        return service.port();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    Answer get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = request(pathAndQuery).GET();
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    Answer postJson(String pathAndQuery, String body, String... headers) {
        return post(pathAndQuery, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    Answer post(String pathAndQuery, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    Answer method(String method, String pathAndQuery) {
        return send(request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * Sends and reads the whole answer. A connection that breaks before the answer arrives is
     * retried twice: a body over the limit is answered before it is read, and the connection reset
     * that may follow can swallow that answer (ErrorsApiTest checks that separately, without retry).
     */
    Answer send(HttpRequest request) {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return sendOnce(client, request);
            } catch (IOException e) {
                last = e;
            }
        }
        throw new UncheckedIOException(request.method() + " " + request.uri() + " failed 3 times", last);
    }

    static Answer sendOnce(HttpClient client, HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers(), new String(r.body(), StandardCharsets.UTF_8), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sample(String name) {
        try {
            return java.nio.file.Files.readString(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /**
     * Asserts an RFC 9457 answer: problem media type, the documented members, its status and path,
     * and no trace of Java internals.
     */
    static JsonNode assertProblem(Answer a, int status, String type, String path) {
        assertEquals(status, a.status(), () -> "status of " + a);
        assertEquals("application/problem+json", a.mediaType(), () -> "media type of " + a);
        assertNoInternals(a);
        JsonNode p = a.json();
        for (String member : new String[] {"type", "title", "status", "detail"}) {
            assertTrue(p.hasNonNull(member), () -> "problem lacks " + member + ": " + a);
        }
        assertEquals(status, p.get("status").asInt(), () -> "status member of " + a);
        assertFalse(p.get("title").asText().isBlank(), () -> "blank title: " + a);
        assertFalse(p.get("detail").asText().isBlank(), () -> "blank detail: " + a);
        if (type != null) {
            assertEquals("https://writeback-doctor.local/problems/" + type,
                    p.get("type").asText(), () -> "type of " + a);
        }
        if (path != null) {
            assertEquals(path, p.path("instance").asText(null), () -> "instance of " + a);
        }
        return p;
    }

    /** No stack trace or exception name leaks into an answer (raw, or escaped inside JSON strings). */
    static void assertNoInternals(Answer a) {
        String body = a.body();
        assertFalse(body.contains("Exception"), () -> "leaks an exception: " + a);
        assertFalse(body.contains("\tat "), () -> "leaks a stack trace: " + a);
        assertFalse(body.contains("\\tat "), () -> "leaks an escaped stack trace: " + a);
    }

    @Override
    public void close() {
        service.stop();
    }

    /** One HTTP answer: the body as UTF-8 text, and the bytes as received. */
    record Answer(int status, HttpHeaders headers, String body, byte[] raw) {

        /** True when the bytes are well-formed UTF-8 (JSON must be, RFC 8259 section 8.1). */
        boolean isUtf8() {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(raw));
                return true;
            } catch (java.nio.charset.CharacterCodingException e) {
                return false;
            }
        }

        /** The Content-Type without parameters, lower case ("" when absent). */
        String mediaType() {
            return headers.firstValue("Content-Type").map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            return parse(body);
        }

        @Override
        public String toString() {
            return status + " " + headers.firstValue("Content-Type").orElse("") + " "
                    + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }
}
