package io.writebackdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code diagnose}: report, JSON, trace and exit codes as a support engineer sees them. */
class DiagnoseCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void healthySampleExitsZeroWithAReportGroupedByTheArticlesSections() {
        Run r = run("diagnose", "facts-samples/healthy-hybrid.json");
        assertEquals(0, r.exit(), r.err());
        int configuration = r.out().indexOf("I have problems configuring password writeback");
        int connectivity = r.out().indexOf("I have problems with password writeback connectivity");
        int stillFailing = r.out().indexOf("I still have problems with password writeback");
        assertTrue(configuration > 0 && configuration < connectivity && connectivity < stillFailing, r.out());
        assertTrue(r.out().contains("[PASS] The sync server reaches each domain's PDC emulator"), r.out());
        assertFalse(r.out().contains("Explanation trace"), "no trace without --explain");
    }

    @Test
    void aFailingCheckExitsOneAndShowsRemediation() {
        Run r = run("diagnose", "facts-samples/pdc-emulator-unreachable.json");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("[FAIL] The sync server reaches each domain's PDC emulator"), r.out());
        assertTrue(r.out().contains("Test-NetConnection -ComputerName dc1.contoso.local -Port 389"), r.out());
    }

    @Test
    void unknownChecksListTheFactsToCollect() {
        Run r = run("diagnose", "facts-samples/nearly-empty.json");
        assertEquals(0, r.exit(), "nothing fails, everything is unknown");
        assertTrue(r.out().contains("Facts to collect: /tenant/sspr/enablement"), r.out());
    }

    @Test
    void jsonFormatPrintsTheContractsAnswerAndExplainAddsTheTrace() throws Exception {
        Run plain = run("diagnose", "--format", "json", "facts-samples/idle-timeout-150-seconds.json");
        JsonNode answer = new ObjectMapper().readTree(plain.out());
        assertEquals("WARN", answer.at("/summary/outcome").asText());
        assertTrue(answer.at("/ruleSet/version").asText().matches("[0-9a-f]{12}"));
        assertTrue(answer.get("findings").isArray());
        assertTrue(answer.path("trace").isMissingNode());

        Run explained = run("diagnose", "--format", "json", "--explain", "facts-samples/idle-timeout-150-seconds.json");
        JsonNode trace = new ObjectMapper().readTree(explained.out()).get("trace");
        assertTrue(trace.size() > 10);
        assertTrue(trace.toString().contains("Idle connections persist long enough for the article but not for current guidance"));
        assertTrue(trace.toString().contains("/network"));
    }

    @Test
    void badInputExitsTwoNamingThePointerAndTheExpectation(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"network\": {\"idleTimeoutSeconds\": \"ninety\"}}");
        Run r = run("diagnose", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("/network/idleTimeoutSeconds"), r.err());
        assertTrue(r.err().contains("integer"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void malformedJsonExitsTwoWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"tenant\": {\n    \"cloud\": \"public\"\n    \"sspr\": {}\n}");
        Run r = run("diagnose", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("line 4"), r.err());
    }

    @Test
    void aMissingFileExitsTwo() {
        Run r = run("diagnose", "no/such/file.json");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void markdownFormatUsesHeadingsPerSection() {
        Run r = run("diagnose", "--format", "markdown", "facts-samples/service-bus-relay-blocked.json");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("## I have problems with password writeback connectivity"), r.out());
        assertTrue(r.out().contains("**[FAIL]** Outbound HTTPS to the service bus"), r.out());
    }
}
