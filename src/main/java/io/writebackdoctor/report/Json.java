package io.writebackdoctor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON form of answers: ISO instants, no nulls. One shared, thread-safe mapper. */
public final class Json {

    public static final ObjectMapper MAPPER = builder().addModule(new SimpleModule().addSerializer(new CachedSourceRefs())).build();

    private Json() {
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /**
     * Writes a source reference from its JSON text, made once: the same few documents, with their
     * long titles and addresses, make up about 40% of a diagnosis answer, and escaping them again
     * for every finding was a measurable part of writing it.
     */
    private static final class CachedSourceRefs extends StdSerializer<SourceRef> {
        /** References come from the rule sets' source catalogs: a bounded set, cleared if it ever grows large. */
        private static final int MAX_CACHED = 10_000;
        private static final ObjectMapper PLAIN = builder().build();

        private final Map<SourceRef, SerializableString> cache = new ConcurrentHashMap<>();

        CachedSourceRefs() {
            super(SourceRef.class);
        }

        @Override
        public void serialize(SourceRef ref, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen.getPrettyPrinter() != null) { // indented output (the CLI): a raw text would break the layout
                gen.writeTree(PLAIN.valueToTree(ref));
                return;
            }
            SerializableString json = cache.get(ref);
            if (json == null) {
                if (cache.size() >= MAX_CACHED) cache.clear();
                json = new SerializedString(PLAIN.writeValueAsString(ref));
                cache.put(ref, json);
            }
            gen.writeRawValue(json);
        }
    }
}
