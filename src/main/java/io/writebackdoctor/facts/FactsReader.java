package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a facts document into {@link ParsedFacts}: JSON syntax first (line and column),
 * then the published JSON Schema (every violation with its pointer), then the typed binding (unknown
 * fields become warnings). Thread-safe; build one and share it.
 */
public final class FactsReader {

    /** Classpath location of the published facts-v1 JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/schema/facts-v1.schema.json";

    private final ObjectMapper mapper = bindingMapper();
    private final Schema schema;

    public FactsReader() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config));
        try (InputStream in = FactsReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The mapper that binds the fact model: fields only, so derived getters (paths, helpers for rules)
     * never leak into JSON, and unknown properties reach the problem handler instead of failing.
     */
    public static ObjectMapper bindingMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build();
    }

    public ParsedFacts read(String text) throws InvalidFactsException {
        return read(parse(text));
    }

    /** Validates and binds an already parsed document (a batch item, say). */
    public ParsedFacts read(JsonNode json) throws InvalidFactsException {
        if (!json.isObject()) {
            throw new InvalidFactsException("The facts document must be a JSON object",
                    List.of(InputProblem.at("", "expected a JSON object, found " + describe(json))));
        }
        List<InputProblem> violations = validate(json);
        if (!violations.isEmpty()) {
            throw new InvalidFactsException("The facts document does not match the facts-v1 schema", violations);
        }
        return bind(json);
    }

    /** Schema violations of an already parsed document, each with its pointer and what was expected. */
    public List<InputProblem> validate(JsonNode json) {
        List<InputProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(json)) {
            String pointer = error.getInstanceLocation().toString();
            problems.add(InputProblem.at(pointer, expectation(error)));
        }
        return problems;
    }

    /** Parses JSON text; malformed JSON is reported with its line and column. */
    public JsonNode parse(String text) throws InvalidFactsException {
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidFactsException("The request body is empty",
                        List.of(new InputProblem("", "expected a JSON object, found nothing", 1, 1)));
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Integer line = loc == null ? null : loc.getLineNr();
            Integer column = loc == null ? null : loc.getColumnNr();
            throw new InvalidFactsException("The request body is not valid JSON",
                    List.of(new InputProblem("", "malformed JSON: " + plain(e.getOriginalMessage()), line, column)));
        }
    }

    /** Jackson's message without the names of its Java classes and settings, which mean nothing to a caller. */
    static String plain(String message) {
        return message.replaceAll(" ?\\(bound as `[^`]*`\\)", "")
                .replaceAll(",? ?from `[^`]*`", "")
                .replaceAll(": not allowed as per `[^`]*`", ": only one JSON value is allowed")
                .trim();
    }

    private ParsedFacts bind(JsonNode json) throws InvalidFactsException {
        List<String> warnings = new ArrayList<>();
        try {
            FactsDocument document = mapper.readerFor(FactsDocument.class)
                    .withHandler(new UnknownFieldCollector(warnings))
                    .readValue(json);
            return new ParsedFacts(document, json, List.copyOf(warnings));
        } catch (JsonMappingException e) {
            // The schema should have caught this; report it in the same terms rather than fail.
            throw new InvalidFactsException("The facts document does not match the facts-v1 schema",
                    List.of(InputProblem.at(pointerOf(e), plain(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expectation(Error error) {
        String message = error.getMessage();
        // networknt prefixes messages with the instance location; the pointer is reported separately.
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) message = message.substring(location.length() + 2);
        return message;
    }

    static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    /** Records each unknown field as a warning naming its pointer, then skips it. */
    private static final class UnknownFieldCollector extends DeserializationProblemHandler {
        private final List<String> warnings;

        UnknownFieldCollector(List<String> warnings) {
            this.warnings = warnings;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            // The context that holds the field: when the value is an object or array the parser has
            // already stepped into it, so the holder is one level further up.
            JsonStreamContext holder = p.getParsingContext();
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                holder = holder.getParent();
            }
            String parent = holder.getParent() == null ? "" : pointerOfContext(holder.getParent());
            warnings.add("unknown field ignored: " + parent + "/" + propertyName.replace("~", "~0").replace("/", "~1"));
            p.skipChildren();
            return true;
        }

        private static String pointerOfContext(JsonStreamContext context) {
            return context.pathAsPointer().toString();
        }
    }

    /** Bound facts as JSON, through the same field-only view; used to prove binding and schema agree. */
    public JsonNode toJson(FactsDocument document) {
        return mapper.valueToTree(document);
    }

}
