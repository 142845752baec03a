package io.writebackdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} and {@code verify}: the rule author's checks without a server. */
class AuthorCommandsTest {

    @Test
    void validateAcceptsTheProjectsRules() {
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("validate", "--rules", "rules");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("OK"), r.out());
    }

    @Test
    void validateNamesFileAndLineOfEveryProblemAndExitsNonZero(@TempDir Path rules) throws Exception {
        TestRules.copyRules(rules);
        Path drl = rules.resolve("network.drl");
        Files.writeString(drl, Files.readString(drl).replace("idleTimeoutSeconds != null, idleTimeoutSeconds < 120 )", "idleTimeoutSeconds < )"));
        Path messages = rules.resolve("messages/en.properties");
        Files.writeString(messages, Files.readString(messages) + "\nSOME_KEY=only in English\n");
        Files.writeString(rules.resolve("messages/xx.properties"), Files.readString(TestRules.RULES.resolve("messages/en.properties")));
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("validate", "--rules", rules.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().matches("(?s).*network\\.drl:\\d+: .*"), r.err());
        assertTrue(r.err().contains("messages/xx.properties: missing key SOME_KEY"), r.err());
    }

    @Test
    void verifyPassesOnTheProjectsSamples() {
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("verify", "--rules", "rules", "--samples", "facts-samples");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().matches("(?s).*\\d+ samples, \\d+ passed, 0 failed.*"), r.out());
    }

    @Test
    void verifyPrintsExpectedVersusActualAndExitsOneOnAMismatch(@TempDir Path samples) throws Exception {
        try (Stream<Path> files = Files.list(TestRules.SAMPLES)) {
            for (Path p : (Iterable<Path>) files::iterator) Files.copy(p, samples.resolve(p.getFileName().toString()));
        }
        Path expected = samples.resolve("idle-timeout-150-seconds.expected.json");
        Files.writeString(expected, Files.readString(expected).replace("\"IDLE_CONNECTION_TIMEOUT\": \"WARN\"", "\"IDLE_CONNECTION_TIMEOUT\": \"PASS\""));
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("verify", "--samples", samples.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().matches("(?s).*idle-timeout-150-seconds\\.json\\s+IDLE_CONNECTION_TIMEOUT\\s+PASS\\s+WARN\\s+MISMATCH.*"), r.out());
        assertTrue(r.out().contains("1 failed"), r.out());
    }
}
