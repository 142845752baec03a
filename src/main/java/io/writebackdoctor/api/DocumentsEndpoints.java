package io.writebackdoctor.api;

import io.javalin.http.Context;
import io.writebackdoctor.facts.FactsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The published documents: {@code GET /openapi.json} (written by hand, in the sources),
 * {@code GET /schemas/facts-v1.json} and the interactive page {@code GET /docs}, which uses the
 * Swagger UI webjar on the classpath, so nothing is fetched from the internet.
 */
final class DocumentsEndpoints {

    static final String OPENAPI = "/openapi.json";
    static final String SCHEMA = "/schemas/facts-v1.json";
    static final String DOCS = "/docs";
    static final String OPENAPI_RESOURCE = "/api/openapi.json";

    private final String openApi = resource(OPENAPI_RESOURCE);
    private final String schema = resource(FactsReader.SCHEMA_RESOURCE);
    private final String docsPage = resource("/api/docs.html").replace("{swaggerUi}", "/webjars/swagger-ui/" + swaggerUiVersion());

    void openApi(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(openApi);
    }

    void schema(Context ctx) {
        ctx.contentType("application/schema+json; charset=utf-8").result(schema);
    }

    void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(docsPage);
    }

    static String resource(String name) {
        try (InputStream in = DocumentsEndpoints.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The webjar's version, from its Maven metadata, so upgrading the dependency needs no code change. */
    private static String swaggerUiVersion() {
        try (InputStream in = DocumentsEndpoints.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the swagger-ui webjar is not on the classpath", e);
        }
    }
}
