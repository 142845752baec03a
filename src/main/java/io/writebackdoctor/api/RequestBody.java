package io.writebackdoctor.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a JSON request body within the size limit. The limit is enforced on the bytes actually
 * read, so a chunked body without Content-Length cannot slip past it.
 */
final class RequestBody {

    /**
     * An oversized body is read and thrown away, while it keeps arriving, before the 413 is sent: a
     * server that answers and closes while the client is still sending can have its answer lost to
     * the connection reset. Draining stops after this many bytes, this long in all, or this long
     * without new bytes (a client that declared a length and waits for the answer gets it promptly).
     */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    private static final long DRAIN_MILLIS = 3_000;
    private static final long DRAIN_IDLE_MILLIS = 200;

    private RequestBody() {
    }

    static String json(Context ctx, long maxBytes) {
        requireJson(ctx);
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) throw tooLarge(ctx, in, 0, maxBytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) throw tooLarge(ctx, in, total, maxBytes);
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the client went away or stalled mid-body: its fault, and nobody may be listening anyway
            throw new ProblemException(Problem.of("unreadable-body", "Request body could not be read", 400,
                    "the connection failed while the request body was being read"));
        }
    }

    private static ProblemException tooLarge(Context ctx, InputStream in, long alreadyRead, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = alreadyRead;
        long start = System.currentTimeMillis();
        long lastData = start;
        while (read < DRAIN_LIMIT) {
            long now = System.currentTimeMillis();
            if (now - start > DRAIN_MILLIS || now - lastData > DRAIN_IDLE_MILLIS) break;
            if (in.available() > 0) {
                int n = in.read(buffer);
                if (n < 0) break;
                read += n;
                lastData = now;
            } else if (in.available() < 0 || isFinished(in)) {
                break;
            } else {
                sleepBriefly();
            }
        }
        ctx.header("Connection", "close");
        return tooLarge(maxBytes);
    }

    private static boolean isFinished(InputStream in) {
        return in instanceof jakarta.servlet.ServletInputStream sis && sis.isFinished();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
            throw new ProblemException(Problem.of("unsupported-media-type", "Unsupported Content-Type", 415,
                    "send the facts document as application/json, not " + (type == null ? "no Content-Type" : type)));
        }
    }

    private static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(Problem.of("body-too-large", "Request body too large", 413,
                "the request body is larger than the limit of " + maxBytes + " bytes"));
    }
}
