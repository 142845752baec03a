package io.writebackdoctor.api;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The served OpenAPI document used as a contract: finds the schema it declares for an operation's
 * status and media type and validates a real answer against it (JSON Schema draft 2020-12, formats
 * asserted). Component schemas are copied into {@code $defs}, their {@code #/components/schemas/}
 * references rewritten, so nothing outside the document is fetched.
 */
final class OpenApiContract {

    private static final String COMPONENTS = "#/components/schemas/";

    final JsonNode document;
    private final ObjectNode defs;
    private final SchemaRegistry registry;

    OpenApiContract(JsonNode document) {
        this.document = document;
        JsonNode schemas = document.path("components").path("schemas");
        assertTrue(schemas.isObject(), "the document has components.schemas");
        this.defs = (ObjectNode) rewriteRefs(schemas.deepCopy());
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config));
    }

    /** Validator for one component schema, e.g. "Diagnosis". */
    Schema component(String name) {
        assertTrue(defs.has(name), () -> "components.schemas has no " + name);
        return wrap(TextNode.valueOf("#/$defs/" + name), true);
    }

    /** The response object of an operation for a status, following a components.responses reference. */
    JsonNode response(String method, String path, int status) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertTrue(operation.isObject(), () -> "the document has no " + method + " " + path);
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        assertTrue(response.isObject(), () -> "the document declares no " + status + " for " + method + " " + path);
        return resolve(response);
    }

    /** The schema declared for an operation's status and media type. */
    Schema schemaFor(String method, String path, int status, String mediaType) {
        JsonNode content = response(method, path, status).path("content");
        JsonNode media = content.path(mediaType);
        assertTrue(media.isObject(), () -> "the document declares no " + mediaType + " for " + status + " of "
                + method + " " + path + " (declared: " + fieldNames(content) + ")");
        JsonNode schema = media.get("schema");
        assertNotNull(schema, () -> "no schema for " + mediaType + " of " + status + " of " + method + " " + path);
        return wrap(rewriteRefs(schema.deepCopy()), false);
    }

    /**
     * Validates a real answer against what the document declares for its status and media type;
     * the answer's body is parsed as JSON unless the declared schema is a string schema.
     */
    List<Error> validate(String method, String path, ApiServer.Answer answer) {
        Schema schema = schemaFor(method, path, answer.status(), answer.mediaType());
        JsonNode declared = declaredSchema(method, path, answer.status(), answer.mediaType());
        JsonNode instance = "string".equals(declared.path("type").asText()) ? TextNode.valueOf(answer.body()) : answer.json();
        return schema.validate(instance);
    }

    /** Asserts the answer matches its declared schema; the message lists every violation. */
    void assertConforms(String method, String path, ApiServer.Answer answer) {
        List<Error> errors = validate(method, path, answer);
        assertTrue(errors.isEmpty(), () -> method + " " + path + " answered " + answer.status() + " "
                + answer.mediaType() + " that does not match the OpenAPI document: " + errors + "\nbody: " + answer);
    }

    private JsonNode declaredSchema(String method, String path, int status, String mediaType) {
        return response(method, path, status).path("content").path(mediaType).path("schema");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) return node;
        String pointer = ref.asText();
        assertTrue(pointer.startsWith("#/"), () -> "unexpected external reference " + pointer);
        JsonNode target = document.at(pointer.substring(1));
        assertTrue(!target.isMissingNode(), () -> "dangling reference " + pointer);
        return resolve(target);
    }

    private Schema wrap(JsonNode schemaOrRef, boolean isRef) {
        ObjectNode root = ApiServer.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", defs.deepCopy());
        if (isRef) {
            root.set("$ref", schemaOrRef);
        } else {
            root.putArray("allOf").add(schemaOrRef);
        }
        return registry.getSchema(root);
    }

    private static JsonNode rewriteRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (e.getKey().equals("$ref") && e.getValue().isTextual() && e.getValue().asText().startsWith(COMPONENTS)) {
                    e.setValue(TextNode.valueOf("#/$defs/" + e.getValue().asText().substring(COMPONENTS.length())));
                } else {
                    rewriteRefs(e.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(OpenApiContract::rewriteRefs);
        }
        return node;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
