package io.writebackdoctor.api;

import static io.writebackdoctor.api.ApiServer.assertNoInternals;
import static io.writebackdoctor.api.ApiServer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every way a request can be wrong gets an RFC 9457 problem with the right status, never a stack
 * trace, and never a 5xx.
 */
class ErrorsApiTest {

    private static final String DIAGNOSE = "/api/v1/diagnose";
    private static final String BATCH = "/api/v1/diagnose/batch";
    private static final int LIMIT = 1024 * 1024;

    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.shared();
        assertEquals(LIMIT, server.config.maxBodyBytes, "the default body limit is 1 MiB");
    }

    // ---- 400: malformed JSON and schema violations

    @Test
    void malformedJsonNamesLineAndColumn() {
        String body = "{\n  \"schemaVersion\": 1,\n  \"tenant\": ]\n}";
        //              line 3: `  "tenant": ]` -> the ']' is in column 13
        JsonNode p = assertProblem(server.postJson(DIAGNOSE, body), 400, "invalid-facts", DIAGNOSE);
        JsonNode error = p.get("errors").get(0);
        assertEquals("", error.get("pointer").asText());
        assertEquals(3, error.get("line").asInt(), error::toString);
        assertEquals(13, error.get("column").asInt(), error::toString);
        assertTrue(error.get("message").asText().contains("malformed JSON"), error::toString);
    }

    @Test
    void malformedJsonOnTheFirstLine() {
        JsonNode p = assertProblem(server.postJson(DIAGNOSE, "{\"a\":,}"), 400, "invalid-facts", DIAGNOSE);
        assertEquals(1, p.at("/errors/0/line").asInt());
        assertEquals(6, p.at("/errors/0/column").asInt());
    }

    @Test
    void everySchemaViolationIsListedWithItsPointer() {
        String body = """
                {
                  "schemaVersion": 2,
                  "tenant": { "cloud": "mars", "sspr": { "enablement": "some" } },
                  "network": { "idleTimeoutSeconds": "ninety" }
                }""";
        JsonNode p = assertProblem(server.postJson(DIAGNOSE, body), 400, "invalid-facts", DIAGNOSE);
        Set<String> pointers = new TreeSet<>();
        for (JsonNode e : p.get("errors")) {
            pointers.add(e.get("pointer").asText());
            assertFalse(e.path("message").asText().isBlank(), e::toString);
        }
        assertEquals(new TreeSet<>(List.of("/schemaVersion", "/tenant/cloud", "/tenant/sspr/enablement",
                "/network/idleTimeoutSeconds")), pointers, p::toString);
        assertFalse(p.has("findings"), "nothing is evaluated when the document is invalid");
    }

    @Test
    void violationsInArraysAreLocatedByIndex() {
        String body = "{\"network\":{\"probes\":[{\"remotePort\":443},{\"remotePort\":70000}]},"
                + "\"accounts\":[{},{},{\"purposes\":[\"admin\",\"boss\"]}]}";
        JsonNode p = assertProblem(server.postJson(DIAGNOSE, body), 400, "invalid-facts", DIAGNOSE);
        Set<String> pointers = new TreeSet<>();
        p.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertTrue(pointers.contains("/network/probes/1/remotePort"), pointers::toString);
        assertTrue(pointers.contains("/accounts/2/purposes/1"), pointers::toString);
    }

    @Test
    void aDocumentMustBeAnObject() {
        for (String body : List.of("[]", "null", "123", "\"facts\"", "true")) {
            JsonNode p = assertProblem(server.postJson(DIAGNOSE, body), 400, "invalid-facts", DIAGNOSE);
            assertEquals("", p.at("/errors/0/pointer").asText(), body);
        }
        JsonNode empty = assertProblem(server.postJson(DIAGNOSE, ""), 400, "invalid-facts", DIAGNOSE);
        assertEquals("", empty.at("/errors/0/pointer").asText());
    }

    @Test
    void problemAnswersAreUtf8LikeEveryJsonAnswer() {
        // the parser quotes the unexpected character; the problem must carry it intact, as UTF-8
        for (String odd : List.of("\u00fc", "\u2026")) {
            ApiServer.Answer a = server.postJson(DIAGNOSE, "{" + odd + "}");
            assertProblem(a, 400, "invalid-facts", DIAGNOSE);
            assertTrue(a.isUtf8(), () -> "problem body is not UTF-8 (Content-Type: " + a.header("Content-Type") + "): " + a);
            assertTrue(a.json().at("/errors/0/message").asText().contains("'" + odd + "'"),
                    () -> "the character " + odd + " was mangled: " + a.json().at("/errors/0/message"));
        }
    }

    // ---- 413: the body limit, with and without Content-Length

    /** A valid facts document of exactly {@code size} bytes. */
    private static byte[] documentOfSize(int size) {
        String head = "{\"events\":[{\"message\":\"";
        String tail = "\"}]}";
        byte[] out = (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
        assertEquals(size, out.length);
        return out;
    }

    @Test
    void bodyOverTheLimitWithContentLengthIs413() throws IOException {
        // the declared length alone is enough: the answer comes before the body is sent
        for (String path : List.of(DIAGNOSE, BATCH)) {
            String answer = rawRequest("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (LIMIT + 1) + "\r\nConnection: close\r\n\r\n", new byte[0]);
            assertTrue(answer.startsWith("HTTP/1.1 413"), () -> path + ": expected 413, got: " + head(answer));
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), () -> head(answer));
            assertTrue(answer.contains("\"type\":\"https://writeback-doctor.local/problems/body-too-large\""), () -> head(answer));
        }
        // and with the whole body sent
        assertProblem(server.post(DIAGNOSE, "application/json", documentOfSize(LIMIT + 1)), 413, "body-too-large", DIAGNOSE);
        assertProblem(server.post(BATCH, "application/json", documentOfSize(LIMIT + 1)), 413, "body-too-large", BATCH);
    }

    @Test
    void aClientThatSendsTheWholeOversizedBodyAlwaysGetsThe413() {
        // The service answers 413 without reading the body, then closes. If it closes while the
        // unread body is still arriving, TCP resets the connection and the client may lose the 413
        // (RFC 9112 section 9.6 asks servers to close in stages to avoid exactly this). A client that
        // streams its body before reading, like java.net.http, must still get the answer every time.
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        byte[] body = documentOfSize(LIMIT + 1);
        int attempts = 100;
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            HttpRequest request = server.request(i % 2 == 0 ? DIAGNOSE : BATCH).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            try {
                ApiServer.Answer a = ApiServer.sendOnce(client, request);
                if (a.status() != 413) lost.add("attempt " + i + ": " + a);
            } catch (IOException e) {
                lost.add("attempt " + i + ": " + e.getMessage());
            }
        }
        assertTrue(lost.isEmpty(), () -> lost.size() + " of " + attempts + " oversized requests got no 413:\n" + String.join("\n", lost));
    }

    @Test
    void bodyAtTheLimitIsAccepted() {
        ApiServer.Answer a = server.post(DIAGNOSE, "application/json", documentOfSize(LIMIT));
        assertEquals(200, a.status(), a::toString);
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        // ofInputStream has no known length, so the client sends Transfer-Encoding: chunked
        byte[] body = documentOfSize(LIMIT + 10_000);
        HttpRequest request = server.request(DIAGNOSE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        assertProblem(server.send(request), 413, "body-too-large", DIAGNOSE);
    }

    @Test
    void chunkedBodyWithinTheLimitIsDiagnosed() {
        byte[] body = ApiServer.sample("healthy-hybrid.json").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = server.request(DIAGNOSE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        ApiServer.Answer a = server.send(request);
        assertEquals(200, a.status(), a::toString);
        assertEquals("PASS", a.json().at("/summary/outcome").asText());
    }

    @Test
    void rawChunkedBodyOverTheLimitIs413() throws IOException {
        String answer = rawChunkedPost(DIAGNOSE, documentOfSize(LIMIT + 1), 64 * 1024);
        String statusLine = answer.lines().filter(l -> l.startsWith("HTTP/1.1 ") && !l.startsWith("HTTP/1.1 100"))
                .findFirst().orElse("");
        assertTrue(statusLine.startsWith("HTTP/1.1 413"), () -> "expected 413, got: " + head(answer));
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), () -> head(answer));
        assertTrue(answer.contains("body-too-large"), () -> head(answer));
        assertFalse(answer.contains("Exception") || answer.contains("\tat "), () -> head(answer));
    }

    /** Sends a POST with Transfer-Encoding: chunked over a plain socket and returns what came back. */
    private static String rawChunkedPost(String path, byte[] body, int chunk) throws IOException {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += chunk) {
            int n = Math.min(chunk, body.length - i);
            chunked.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(body, i, n);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return rawRequest("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", chunked.toByteArray());
    }

    /**
     * Writes a request head and body over a plain socket and returns everything that came back; the
     * answer is read while the body is still being written, as a server may answer early.
     */
    private static String rawRequest(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> {
                try {
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) != -1; ) {
                        synchronized (got) {
                            got.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // reset after the answer: what was read so far is the answer
                }
            });
            reader.start();
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server answered and closed before reading everything
            }
            try {
                reader.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (got) {
                return got.toString(StandardCharsets.UTF_8);
            }
        }
    }

    private static String head(String s) {
        return s.length() > 800 ? s.substring(0, 800) : s;
    }

    // ---- 415, 404, 405

    @Test
    void wrongContentTypeIs415() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        for (String path : List.of(DIAGNOSE, BATCH)) {
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
                assertProblem(server.post(path, type, body), 415, "unsupported-media-type", path);
            }
            assertProblem(server.post(path, null, body), 415, "unsupported-media-type", path);
        }
    }

    @Test
    void unknownRouteIs404() {
        for (String path : List.of("/nope", "/api/v2/diagnose", "/api/v1/diagnosis", "/api/v1/checks/LICENSE_ASSIGNED",
                "/schemas/facts-v2.json", "/webjars/swagger-ui/0.0.0/nothing.js")) {
            assertProblem(server.get(path), 404, "not-found", path);
        }
        assertProblem(server.postJson("/api/v1/nothing", "{}"), 404, "not-found", "/api/v1/nothing");
    }

    @Test
    void wrongMethodIs405() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("DELETE", DIAGNOSE);
        cases.put("GET", DIAGNOSE);
        cases.put("PUT", BATCH);
        cases.put("PATCH", "/api/v1/checks");
        cases.put("POST", "/health");
        cases.forEach((method, path) -> {
            ApiServer.Answer a = method.equals("POST") ? server.postJson(path, "{}") : server.method(method, path);
            JsonNode p = assertProblem(a, 405, "method-not-allowed", path);
            assertTrue(p.get("detail").asText().contains(method), p::toString);
        });
    }

    @Test
    void methodNotAllowedNamesTheAllowedMethods() {
        // RFC 9110 section 15.5.6: a 405 response MUST carry an Allow header listing the supported methods
        ApiServer.Answer a = server.method("DELETE", DIAGNOSE);
        assertEquals(405, a.status());
        assertNotNull(a.header("Allow"), () -> "405 without an Allow header: " + a.headers().map());
        assertTrue(a.header("Allow").contains("POST"), a.header("Allow"));
    }

    // ---- nothing a client sends gets a 5xx

    @Test
    void oddInputsNeverGetA5xx() {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("empty body", new byte[0]);
        inputs.put("whitespace", " \n\t ".getBytes(StandardCharsets.UTF_8));
        inputs.put("null", bytes("null"));
        inputs.put("empty array", bytes("[]"));
        inputs.put("number", bytes("123"));
        inputs.put("string", bytes("\"x\""));
        inputs.put("two documents", bytes("{\"a\":1}{\"b\":2}"));
        inputs.put("trailing garbage", bytes("{} x"));
        inputs.put("byte order mark", bytes("\uFEFF{}"));
        inputs.put("NaN", bytes("{\"network\":{\"idleTimeoutSeconds\":NaN}}"));
        inputs.put("deeply nested arrays", bytes("[".repeat(100_000) + "]".repeat(100_000)));
        inputs.put("deeply nested objects", bytes("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        inputs.put("deep nesting inside a fact", bytes("{\"accounts\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}"));
        inputs.put("huge number", bytes("{\"network\":{\"idleTimeoutSeconds\":1e400}}"));
        inputs.put("huge integer", bytes("{\"network\":{\"idleTimeoutSeconds\":" + "9".repeat(400) + "}}"));
        inputs.put("integer over int range", bytes("{\"tenant\":{\"subscribedSkus\":[{\"skuPartNumber\":\"SPE_E3\",\"consumedUnits\":3000000000}]}}"));
        inputs.put("negative zero", bytes("{\"network\":{\"idleTimeoutSeconds\":-0}}"));
        inputs.put("float where integer", bytes("{\"schemaVersion\":1.5}"));
        inputs.put("huge version component", bytes("{\"syncServer\":{\"installed\":true,\"version\":\"1.99999999999999999999\"}}"));
        inputs.put("huge version", bytes("{\"syncServer\":{\"version\":\"" + "9".repeat(30) + ".1\"}}"));
        inputs.put("huge .NET version", bytes("{\"syncServer\":{\"dotNetVersion\":\"" + "9".repeat(30) + "\"}}"));
        inputs.put("far-future instant", bytes("{\"syncServer\":{\"writebackEnabledAt\":\"+999999999-12-31T23:59:59Z\"}}"));
        inputs.put("impossible instant", bytes("{\"syncServer\":{\"writebackEnabledAt\":\"2021-13-45T99:00:00Z\"}}"));
        inputs.put("huge OS version", bytes("{\"directory\":{\"forests\":[{\"domains\":[{\"domainControllers\":[{\"operatingSystem\":\"Windows Server 99999999999999999999\"}]}]}]}}"));
        inputs.put("port out of range", bytes("{\"network\":{\"probes\":[{\"remotePort\":99999999999}]}}"));
        inputs.put("NUL in a key", bytes("{\"\\u0000\":1}"));
        inputs.put("lone surrogate", bytes("{\"symptom\":{\"ssprErrorCode\":\"\\ud800\"}}"));
        inputs.put("empty facts everywhere", bytes("{\"symptom\":{},\"tenant\":{\"subscribedSkus\":[{}],\"sspr\":{}},\"accounts\":[{}],"
                + "\"directory\":{\"forests\":[{\"domains\":[{\"domainControllers\":[{}]}]}]},"
                + "\"syncServer\":{\"adConnectors\":[{}],\"lastFullImport\":{},\"lastFullSync\":{},\"proxy\":{}},"
                + "\"network\":{\"probes\":[{}]},\"events\":[{}]}"));
        inputs.put("nulls everywhere", bytes("{\"symptom\":null,\"tenant\":null,\"accounts\":null,\"directory\":null,"
                + "\"syncServer\":null,\"network\":null,\"events\":null}"));
        inputs.put("null items", bytes("{\"accounts\":[null],\"network\":{\"probes\":[null]},\"events\":[null]}"));
        inputs.put("many probes", bytes("{\"network\":{\"probes\":[" + String.join(",",
                java.util.Collections.nCopies(5_000, "{\"computerName\":\"x\",\"remotePort\":443,\"tcpTestSucceeded\":true}")) + "]}}"));
        inputs.put("very long key", bytes("{\"" + "k".repeat(200_000) + "\":1}"));
        inputs.put("invalid UTF-8", concat(bytes("{\"symptom\":{\"ssprErrorCode\":\""), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3},
                bytes("\"}}")));
        inputs.put("invalid UTF-8 in a key", concat(bytes("{\""), new byte[] {(byte) 0xc0, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80},
                bytes("\":1}")));
        inputs.put("1 MiB string value", bytes("{\"events\":[{\"message\":\"" + "x".repeat(LIMIT) + "\"}]}"));
        inputs.put("string value just under 1 MiB", bytes("{\"events\":[{\"message\":\"" + "x".repeat(LIMIT - 100) + "\"}]}"));

        List<String> failures = new ArrayList<>();
        inputs.forEach((name, body) -> {
            for (String path : List.of(DIAGNOSE, BATCH)) {
                byte[] sent = path.equals(BATCH) ? concat(bytes("["), body.length == 0 ? bytes("{}") : body, bytes("]")) : body;
                for (String accept : List.of("application/json", "text/markdown")) {
                    ApiServer.Answer a = server.post(path, "application/json", sent, "Accept", accept);
                    if (a.status() >= 500) failures.add(name + " -> " + path + " (" + accept + "): " + a);
                    try {
                        assertNoInternals(a);
                        if (a.status() >= 400) assertEquals("application/problem+json", a.mediaType());
                    } catch (AssertionError e) {
                        failures.add(name + " -> " + path + ": " + e.getMessage());
                    }
                }
            }
        });
        assertTrue(failures.isEmpty(), () -> failures.size() + " odd inputs were answered badly:\n" + String.join("\n", failures));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
