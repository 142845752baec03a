package io.writebackdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a user would, in its own JVM: proves the shaded jar carries Drools'
 * service files and the bundled rules. Runs in the integration-test phase, after packaging.
 */
class JarIT {

    private static final Path JAR = Path.of("target", "writeback-doctor.jar").toAbsolutePath();

    record Result(int exit, String out, String err) {
    }

    private static Result java(Path workDir, Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        File out = Files.createTempFile("jar-out", ".txt").toFile();
        File err = Files.createTempFile("jar-err", ".txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        if (stdin != null) pb.redirectInput(stdin.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    @Test
    void theJarDiagnosesASampleWithTheRulesFolder() throws Exception {
        Result r = java(Path.of("").toAbsolutePath(), null, "diagnose", "facts-samples/healthy-hybrid.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Outcome: PASS"), r.out());
    }

    @Test
    void theJarRunsOnItsOwnWithItsBundledRulesAndReadsStandardInput(@TempDir Path elsewhere) throws Exception {
        Path sample = Path.of("facts-samples", "service-bus-relay-blocked.json").toAbsolutePath();
        Result r = java(elsewhere, sample, "diagnose", "--format", "json", "-");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("\"outcome\" : \"FAIL\""), r.out());
        assertTrue(r.out().contains("OUTBOUND_HTTPS_SERVICE_BUS"), r.out());
    }

    @Test
    void badInputExitsTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"tenant\": {\"cloud\": \"mars\"}}");
        Result r = java(dir, null, "diagnose", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("/tenant/cloud"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
