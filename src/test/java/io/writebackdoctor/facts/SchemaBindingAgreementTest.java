package io.writebackdoctor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published JSON Schema, the Jackson binding and the samples must describe the same document:
 * a caller validating against the schema must never meet a binding surprise, and the samples rule
 * authors copy from must be valid.
 */
class SchemaBindingAgreementTest {

    private static final Path SAMPLES = Path.of("facts-samples");
    private static final String UNKNOWN_FIELD = "unknown field ignored: ";
    /** Graph subscribedSku fields the schema lists and the binding accepts but does not keep. */
    private static final Set<String> GRAPH_SKU_EXTRAS = Set.of("id", "accountId", "accountName", "appliesTo", "subscriptionIds");
    private static final String SKU_LEVEL = "/tenant/subscribedSkus/*";

    private static final FactsReader READER = new FactsReader();
    private static final ObjectMapper PLAIN = new ObjectMapper();

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> samples = files
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .sorted().toList();
            assertFalse(samples.isEmpty(), "no facts samples found under " + SAMPLES.toAbsolutePath());
            return samples;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Every sample is valid

    @TestFactory
    Stream<DynamicTest> everySampleValidatesAgainstTheSchema() throws IOException {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            JsonNode json = PLAIN.readTree(Files.readString(sample));
            assertEquals(List.of(), READER.validate(json), "schema violations in " + sample);
        }));
    }

    @Test
    void theSchemaValidatorReallyReportsViolations() {
        // Guards the test above against a validator that accepts anything.
        ObjectNode bad = JsonNodeFactory.instance.objectNode();
        bad.putObject("network").put("idleTimeoutSeconds", "ninety");
        assertEquals(List.of("/network/idleTimeoutSeconds"), READER.validate(bad).stream().map(InputProblem::pointer).toList());
    }

    // ------------------------------------------------------------------------------------------------
    // Round trip: JSON -> model -> JSON loses nothing but what was reported

    /**
     * For each sample, {@code toJson(read(sample))} equals the sample minus the fields the reader warned
     * about (and minus the Graph SKU extras the binding is declared to ignore).
     * <p>
     * Normalisation of nulls, and why it keeps the comparison meaningful: the model is field-based and
     * the mapper includes null fields, so every field the caller did not send comes back as an explicit
     * {@code null}. For every field but {@code onPremisesSyncEnabled} (of an account or the tenant),
     * "absent" and "null" mean the same thing to the model, so null members are dropped from the output.
     * For {@code onPremisesSyncEnabled} the model records whether the caller sent the field; the explicit
     * null is restored in the output only where the model says it was sent
     * ({@link Account#getIdentitySource()} is {@code "cloud"}, {@link Tenant#getHybrid()} is non-null).
     * A sample with {@code "onPremisesSyncEnabled": null} therefore only round-trips if the model kept
     * the difference between Graph's null (cloud-only) and an absent field.
     */
    @TestFactory
    Stream<DynamicTest> everySampleRoundTripsThroughTheModel() throws IOException {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            String text = Files.readString(sample);
            ParsedFacts parsed = READER.read(text);

            JsonNode expected = PLAIN.readTree(text);
            for (String warning : parsed.warnings()) {
                assertTrue(warning.startsWith(UNKNOWN_FIELD), "unexpected warning " + warning);
                removeAt(expected, warning.substring(UNKNOWN_FIELD.length()), sample);
            }
            removeGraphSkuExtras(expected);

            JsonNode actual = READER.toJson(parsed.document());
            dropNulls(actual);
            restoreSentNulls((ObjectNode) actual, parsed.document());

            List<String> differences = new ArrayList<>();
            diff("", expected, actual, differences);
            if (!differences.isEmpty()) {
                fail(sample.getFileName() + " does not survive the round trip:\n  " + String.join("\n  ", differences));
            }
            assertEquals(expected, actual);
        }));
    }

    @Test
    void anExplicitNullSurvivesTheRoundTripAndAnAbsentFieldDoesNot() throws Exception {
        // The round trip's normalisation must keep the difference the rules depend on.
        ParsedFacts parsed = READER.read("""
                { "accounts": [ { "userPrincipalName": "cloud@x", "onPremisesSyncEnabled": null },
                                { "userPrincipalName": "unknown@x" } ],
                  "tenant": { "onPremisesSyncEnabled": null } }
                """);
        JsonNode actual = READER.toJson(parsed.document());
        dropNulls(actual);
        restoreSentNulls((ObjectNode) actual, parsed.document());
        assertTrue(actual.at("/accounts/0").has("onPremisesSyncEnabled"));
        assertTrue(actual.at("/accounts/0/onPremisesSyncEnabled").isNull());
        assertFalse(actual.at("/accounts/1").has("onPremisesSyncEnabled"));
        assertTrue(actual.at("/tenant/onPremisesSyncEnabled").isNull());
        assertTrue(actual.at("/tenant").has("onPremisesSyncEnabled"));
    }

    @Test
    void boundInstantsSerialiseAsTheDateTimesTheSchemaRequires() throws Exception {
        // toJson is "the bound facts as JSON": it must itself be a valid facts document.
        ParsedFacts parsed = READER.read("""
                { "syncServer": { "writebackEnabledAt": "2021-02-10T09:00:00Z",
                                  "lastFullSync": { "ad": "2021-02-10T10:20:00Z" } } }
                """);
        JsonNode actual = READER.toJson(parsed.document());
        dropNulls(actual);
        assertEquals("2021-02-10T09:00:00Z", actual.at("/syncServer/writebackEnabledAt").asText(),
                "writebackEnabledAt came back as " + actual.at("/syncServer/writebackEnabledAt"));
        assertEquals(List.of(), READER.validate(actual), "toJson output violates the schema: " + actual);
    }

    private static void removeAt(JsonNode root, String pointer, Path sample) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        String field = p.last().getMatchingProperty();
        if (!(parent instanceof ObjectNode object) || !object.has(field)) {
            fail(sample.getFileName() + ": the warning names " + pointer + ", which is not a field of the input");
            return;
        }
        object.remove(field);
    }

    private static void removeGraphSkuExtras(JsonNode expected) {
        JsonNode skus = expected.at("/tenant/subscribedSkus");
        if (!skus.isArray()) return;
        for (JsonNode sku : skus) {
            if (sku instanceof ObjectNode o) o.remove(GRAPH_SKU_EXTRAS);
        }
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (object.get(name).isNull()) nulls.add(name);
            });
            object.remove(nulls);
            object.forEach(SchemaBindingAgreementTest::dropNulls);
        } else if (node instanceof ArrayNode array) {
            array.forEach(SchemaBindingAgreementTest::dropNulls);
        }
    }

    private static void restoreSentNulls(ObjectNode json, FactsDocument document) {
        if (document.getTenant() != null && document.getTenant().getHybrid() != null
                && document.getTenant().getOnPremisesSyncEnabled() == null) {
            ((ObjectNode) json.get("tenant")).putNull("onPremisesSyncEnabled");
        }
        if (document.getAccounts() == null) return;
        for (int i = 0; i < document.getAccounts().size(); i++) {
            if ("cloud".equals(document.getAccounts().get(i).getIdentitySource())) {
                ((ObjectNode) json.get("accounts").get(i)).putNull("onPremisesSyncEnabled");
            }
        }
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = at + "/" + name;
                if (!actual.has(name)) out.add(child + ": in the input, lost by the model");
                else if (!expected.has(name)) out.add(child + ": not in the input, produced as " + actual.get(name));
                else diff(child, expected.get(name), actual.get(name), out);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) diff(at + "/" + i, expected.get(i), actual.get(i), out);
        } else if (!expected.equals(actual)) {
            out.add(at + ": sent " + expected + ", came back as " + actual);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Structure: the schema's properties and the bound Java properties are the same, level by level

    @Test
    void everySchemaPropertyIsBoundAndEveryBoundPropertyIsInTheSchema() throws IOException {
        JsonNode schema;
        try (InputStream in = FactsReader.class.getResourceAsStream(FactsReader.SCHEMA_RESOURCE)) {
            assertNotNull(in, "schema resource missing");
            schema = PLAIN.readTree(in);
        }
        ObjectMapper mapper = FactsReader.bindingMapper();
        Walk walk = new Walk(schema, mapper);
        walk.object("", schema, mapper.constructType(FactsDocument.class));

        // The only allowed difference: Graph's extra subscribedSku fields, in the schema, ignored by binding.
        Map<String, Set<String>> schemaOnly = new LinkedHashMap<>(walk.schemaOnly);
        assertEquals(GRAPH_SKU_EXTRAS, schemaOnly.remove(SKU_LEVEL),
                "schema-only fields at " + SKU_LEVEL + " must be exactly Graph's extras");
        assertEquals(Map.of(), schemaOnly, "schema properties with no bound Java property");
        assertEquals(Map.of(), walk.javaOnly, "bound Java properties missing from the schema");
        assertEquals(List.of(), walk.typeMismatches, "schema type and Java type disagree");

        Set<String> declaredIgnored = Set.of(SubscribedSku.class.getAnnotation(JsonIgnoreProperties.class).value());
        assertTrue(declaredIgnored.containsAll(GRAPH_SKU_EXTRAS),
                "SubscribedSku must declare Graph's extras as ignored, or they become warnings: " + declaredIgnored);

        // The walk really went everywhere (a vacuous walk would pass the checks above).
        for (String level : List.of("", "/symptom", "/tenant", SKU_LEVEL, SKU_LEVEL + "/prepaidUnits", SKU_LEVEL + "/servicePlans/*",
                "/tenant/sspr", "/accounts/*", "/accounts/*/assignedLicenses/*", "/accounts/*/onPremises", "/directory",
                "/directory/forests/*", "/directory/forests/*/domains/*", "/directory/forests/*/domains/*/passwordPolicy",
                "/directory/forests/*/domains/*/domainControllers/*", "/syncServer", "/syncServer/lastFullImport",
                "/syncServer/lastFullSync", "/syncServer/proxy", "/syncServer/adConnectors/*",
                "/syncServer/adConnectors/*/permissions", "/network", "/network/probes/*", "/events/*")) {
            assertTrue(walk.levels.contains(level), "object level not compared: " + level + " (compared: " + walk.levels + ")");
        }
        assertTrue(walk.comparedProperties > 100, "only " + walk.comparedProperties + " properties compared");
    }

    /** Walks schema objects (resolving $ref) and Java bean types side by side. */
    private static final class Walk {
        final JsonNode root;
        final ObjectMapper mapper;
        final Map<String, Set<String>> schemaOnly = new LinkedHashMap<>();
        final Map<String, Set<String>> javaOnly = new LinkedHashMap<>();
        final List<String> typeMismatches = new ArrayList<>();
        final Set<String> levels = new TreeSet<>();
        int comparedProperties;

        Walk(JsonNode root, ObjectMapper mapper) {
            this.root = root;
            this.mapper = mapper;
        }

        JsonNode resolve(JsonNode node) {
            while (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                assertTrue(ref.startsWith("#/$defs/"), "unexpected $ref " + ref);
                JsonNode target = root.at(ref.substring(1));
                assertFalse(target.isMissingNode(), "dangling $ref " + ref);
                node = target;
            }
            return node;
        }

        void object(String at, JsonNode schemaNode, JavaType type) {
            levels.add(at);
            JsonNode properties = schemaNode.path("properties");
            Set<String> schemaNames = new TreeSet<>();
            properties.fieldNames().forEachRemaining(schemaNames::add);

            Map<String, JavaType> bound = boundProperties(at, type);

            Set<String> onlySchema = new TreeSet<>(schemaNames);
            onlySchema.removeAll(bound.keySet());
            Set<String> onlyJava = new TreeSet<>(bound.keySet());
            onlyJava.removeAll(schemaNames);
            if (!onlySchema.isEmpty()) schemaOnly.put(at, onlySchema);
            if (!onlyJava.isEmpty()) javaOnly.put(at + " (" + type.getRawClass().getSimpleName() + ")", onlyJava);

            for (String name : schemaNames) {
                if (!bound.containsKey(name)) continue;
                comparedProperties++;
                value(at + "/" + name, resolve(properties.get(name)), bound.get(name));
            }
        }

        /**
         * The properties binding reads (deserialization view), which must also be what toJson writes
         * (serialization view), with the type binding uses.
         */
        Map<String, JavaType> boundProperties(String at, JavaType type) {
            Map<String, JavaType> read = new LinkedHashMap<>();
            for (BeanPropertyDefinition p : mapper.getDeserializationConfig().introspect(type).findProperties()) {
                if (p.couldDeserialize()) read.put(p.getName(), p.getPrimaryType());
            }
            Set<String> written = new TreeSet<>();
            for (BeanPropertyDefinition p : mapper.getSerializationConfig().introspect(type).findProperties()) {
                if (p.couldSerialize()) written.add(p.getName());
            }
            if (!written.equals(new TreeSet<>(read.keySet()))) {
                typeMismatches.add(at + ": binding reads " + new TreeSet<>(read.keySet()) + " but writes " + written);
            }
            return read;
        }

        void value(String at, JsonNode schemaNode, JavaType type) {
            Class<?> raw = type.getRawClass();
            Set<String> types = schemaTypes(schemaNode);
            if (types.contains("object") || schemaNode.has("properties")) {
                if (isScalar(raw) || type.isCollectionLikeType()) {
                    typeMismatches.add(at + ": schema object, Java " + type);
                } else {
                    object(at, schemaNode, type);
                }
            } else if (types.contains("array")) {
                if (!type.isCollectionLikeType()) {
                    typeMismatches.add(at + ": schema array, Java " + type);
                } else {
                    value(at + "/*", resolve(schemaNode.path("items")), type.getContentType());
                }
            } else {
                Class<?> expected = scalarType(at, schemaNode, types);
                if (expected != null && !expected.equals(raw)) {
                    typeMismatches.add(at + ": schema wants " + expected.getSimpleName() + ", Java binds " + raw.getSimpleName());
                }
            }
        }

        private Class<?> scalarType(String at, JsonNode schemaNode, Set<String> types) {
            Set<String> nonNull = new TreeSet<>(types);
            nonNull.remove("null");
            if (nonNull.isEmpty() && schemaNode.has("enum")) {
                for (JsonNode v : schemaNode.get("enum")) {
                    if (!v.isTextual()) typeMismatches.add(at + ": non-text enum value " + v);
                }
                return String.class;
            }
            if (nonNull.size() != 1) {
                typeMismatches.add(at + ": cannot tell the schema type " + types);
                return null;
            }
            return switch (nonNull.iterator().next()) {
                case "integer" -> Integer.class;
                case "boolean" -> Boolean.class;
                case "string" -> "date-time".equals(schemaNode.path("format").asText()) ? Instant.class : String.class;
                default -> {
                    typeMismatches.add(at + ": unexpected schema type " + types);
                    yield null;
                }
            };
        }

        private static Set<String> schemaTypes(JsonNode schemaNode) {
            Set<String> out = new TreeSet<>();
            JsonNode type = schemaNode.path("type");
            if (type.isTextual()) out.add(type.asText());
            else if (type.isArray()) type.forEach(t -> out.add(t.asText()));
            return out;
        }

        private static boolean isScalar(Class<?> raw) {
            return raw.isPrimitive() || raw == String.class || Number.class.isAssignableFrom(raw) || raw == Boolean.class
                    || raw == Instant.class;
        }
    }
}
