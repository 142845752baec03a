package io.writebackdoctor.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a JSON request body within the size limit. The limit is enforced on the bytes actually
 * read, so a chunked body without Content-Length cannot slip past it.
 */
final class RequestBody {

    private RequestBody() {
    }

    static String json(Context ctx, long maxBytes) {
        requireJson(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw tooLarge(maxBytes);
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) throw tooLarge(maxBytes);
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
