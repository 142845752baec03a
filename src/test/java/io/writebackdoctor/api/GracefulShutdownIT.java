package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while a request is in flight: the packaged service finishes that request, then exits.
 * Runs the real jar in its own process (integration-test phase).
 */
class GracefulShutdownIT {

    @Test
    void aRequestInFlightCompletesAfterSigterm() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        File log = Files.createTempFile("serve", ".log").toFile();
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "writeback-doctor.jar").toAbsolutePath().toString(), "serve", "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log).start();
        try {
            waitUntilReady(port);
            byte[] body = Files.readAllBytes(Path.of("facts-samples", "healthy-hybrid.json"));
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                // Headers now, body later: the request is in flight while the server is told to stop.
                out.write(("POST /api/v1/diagnose HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 10);
                out.flush();
                Thread.sleep(500);
                server.destroy(); // SIGTERM
                Thread.sleep(1000);
                assertTrue(server.isAlive(), "the server waits for the request in flight");
                out.write(body, 10, body.length - 10);
                out.flush();
                InputStream in = socket.getInputStream();
                String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.startsWith("HTTP/1.1 200"), response);
                assertTrue(response.contains("\"outcome\":\"PASS\""), response);
            }
            assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server exits after draining");
            String output = Files.readString(log.toPath());
            assertTrue(output.contains("stopping (0 requests still in flight)"), output);
        } finally {
            server.destroyForcibly();
        }
    }

    private static void waitUntilReady(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/ready").toURL().openConnection();
                if (c.getResponseCode() == 200) return;
            } catch (Exception e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not become ready");
    }
}
