package io.writebackdoctor.util;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.facts.SyncServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Azure AD Connect versions compared the way the article means: number by number. */
class DottedVersionTest {

    private static DottedVersion v(String text) {
        return DottedVersion.parse(text);
    }

    private static SyncServer server(String version) throws Exception {
        String member = version == null ? "" : ", \"version\": \"" + version + "\"";
        return new FactsReader().read("{ \"syncServer\": { \"installed\": true" + member + " } }").document().getSyncServer();
    }

    @Test
    void connectReleasesOrder() {
        assertTrue(v("1.1.443.0").compareTo(v("1.1.553.0")) < 0);
        assertTrue(v("1.1.553.0").compareTo(v("2.5.79.0")) < 0);
        assertTrue(v("1.1.443.0").compareTo(v("2.5.79.0")) < 0);
        assertTrue(v("2.5.79.0").compareTo(v("1.1.443.0")) > 0);
    }

    @Test
    void sortsNumericallyNotLexically() {
        List<DottedVersion> versions = new ArrayList<>(List.of(v("2.5.79.0"), v("1.10"), v("1.1.443.0"), v("1.9"), v("1.1.553.0")));
        versions.sort(null);
        assertEquals(List.of("1.1.443.0", "1.1.553.0", "1.9", "1.10", "2.5.79.0"), versions.stream().map(Object::toString).toList());
        assertTrue(v("1.10").compareTo(v("1.9")) > 0, "1.10 is newer than 1.9");
        assertTrue(v("1.1.1000.0").compareTo(v("1.1.999.0")) > 0);
        assertTrue(v("2.0").compareTo(v("10.0")) < 0);
    }

    @Test
    void missingTrailingPartsCountAsZero() {
        assertEquals(0, v("2.5.79").compareTo(v("2.5.79.0")));
        assertEquals(0, v("2.5.79.0").compareTo(v("2.5.79")));
        assertEquals(v("2.5.79"), v("2.5.79.0"));
        assertEquals(v("2.5.79").hashCode(), v("2.5.79.0").hashCode(), "equal versions hash alike");
        assertEquals(v("2"), v("2.0.0.0"));
        assertTrue(v("2.5.79").compareTo(v("2.5.79.1")) < 0);
        assertNotEquals(v("2.5.79"), v("2.5.79.1"));
    }

    @Test
    void leadingZerosAndSurroundingSpaceDoNotMatter() {
        assertEquals(v("1.1.443.0"), v("01.01.0443.00"));
        assertEquals("1.1.443.0", v(" 1.1.443.0 ").toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "latest", "v1.1.443.0", "1.1.443.0-beta", "1..443", "1.1.", ".1", "1,1,443", "1.1.443 0"})
    void textThatIsNotAVersionIsRejected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DottedVersion.parse(text));
        assertTrue(e.getMessage().contains("not a dotted version"), e.getMessage());
    }

    @Test
    void syncServerVersionBelowAMinimum() throws Exception {
        assertTrue(server("1.1.443.0").versionBelow("2.5.79.0"));
        assertTrue(server("1.1.380.0").versionBelow("1.1.443.0"));
        assertFalse(server("1.1.443.0").versionBelow("1.1.443.0"), "the minimum itself is not below it");
        assertFalse(server("1.1.443").versionBelow("1.1.443.0"));
        assertFalse(server("2.5.79.0").versionBelow("2.5.79.0"));
        assertFalse(server("2.5.190.0").versionBelow("2.5.79.0"), "190 > 79 numerically although '1' < '7'");
        assertTrue(server("1.9.0.0").versionBelow("1.10.0.0"));
    }

    @Test
    void anUnknownSyncServerVersionIsNotBelowAnything() throws Exception {
        assertFalse(server(null).versionBelow("1.1.443.0"));
    }

    @Test
    void aVersionTheSchemaAcceptsNeverBreaksTheComparison() throws Exception {
        // The schema's dottedVersion pattern has no length limit, so this document is valid; the
        // sync-server rules call versionBelow on it, and an exception there aborts the whole diagnosis.
        SyncServer server = server("2.5.99999999999999999999.0");
        assertDoesNotThrow(() -> server.versionBelow("2.5.79.0"));
        assertFalse(server.versionBelow("2.5.79.0"));
    }
}
