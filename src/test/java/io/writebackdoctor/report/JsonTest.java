package io.writebackdoctor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Source references are written from a cached text: the answer must read exactly as without it. */
class JsonTest {

    @Test
    void aSourceReferenceReadsAsItsFieldsWithoutKeyOrNulls() throws Exception {
        assertEquals("{\"document\":\"Doc\",\"section\":\"Sec\",\"url\":\"https://example.org/a\"}",
                Json.MAPPER.writeValueAsString(new SourceRef("S1", "Doc", "Sec", "https://example.org/a")));
        assertEquals("{\"document\":\"Doc\",\"url\":\"https://example.org/a\"}",
                Json.MAPPER.writeValueAsString(new SourceRef("S1", "Doc", null, "https://example.org/a")));
    }

    @Test
    void referencesThatDifferOnlyInTheirSectionStayApart() throws Exception {
        SourceRef licensing = new SourceRef("S4", "Licensing", "P1", "u");
        SourceRef sameAgain = new SourceRef("S4", "Licensing", "P1", "u");
        SourceRef otherSection = new SourceRef("S4", "Licensing", "P2", "u");
        assertEquals("[{\"document\":\"Licensing\",\"section\":\"P1\",\"url\":\"u\"},"
                        + "{\"document\":\"Licensing\",\"section\":\"P1\",\"url\":\"u\"},"
                        + "{\"document\":\"Licensing\",\"section\":\"P2\",\"url\":\"u\"}]",
                Json.MAPPER.writeValueAsString(List.of(licensing, sameAgain, otherSection)));
    }

    @Test
    void textsAreEscapedAndKeepTheirLetters() throws Exception {
        SourceRef ref = new SourceRef("K", "Åtgärd \"lösenord\" – återställning", "Szakasz: jelszó", "u");
        String json = Json.MAPPER.writeValueAsString(Map.of("source", ref));
        assertEquals(ref.document(), Json.MAPPER.readTree(json).at("/source/document").asText());
        assertEquals(ref.section(), Json.MAPPER.readTree(json).at("/source/section").asText());
    }

    @Test
    void indentedOutputIndentsReferencesToo() throws Exception {
        String pretty = Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("source", new SourceRef("K", "Doc", null, "u"))).replace("\r\n", "\n");
        assertTrue(pretty.contains("\"source\" : {\n    \"document\" : \"Doc\",\n    \"url\" : \"u\"\n  }"), pretty);
    }
}
