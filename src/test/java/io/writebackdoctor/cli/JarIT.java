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
        return java(List.of(), workDir, stdin, args);
    }

    private static Result java(List<String> jvmOptions, Path workDir, Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
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

    @Test
    void selfTestStartsTheServiceAsksItThreeQuestionsAndStops() throws Exception {
        Result r = java(Path.of("").toAbsolutePath(), null, "serve", "--port=0", "--no-watch", "--self-test");
        assertEquals(0, r.exit(), r.out() + r.err());
        for (String probe : List.of("GET /ready", "GET /api/v1/checks", "POST /api/v1/diagnose")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(probe) && l.contains(" ok ")), r.out());
        }
        // mvn package ran the self-test once already, which kept the compiled rules beside the jar
        assertTrue(r.err().contains("compiled rules read from"), r.err());
    }

    @Test
    void withoutTheRulesCacheTheServiceCompilesItsRules() throws Exception {
        Result r = java(Path.of("").toAbsolutePath(), null, "serve", "--port=0", "--no-watch", "--self-test", "--no-rules-cache");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(!r.err().contains("compiled rules read from"), r.err());
    }

    @Test
    void selfTestFailsWhenTheRulesDoNotCompile(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), "package writeback\nrule \"half a rule\" when then");
        Result r = java(dir, null, "serve", "--port=0", "--no-watch", "--self-test", "--rules", rules.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("GET /ready") && l.contains("FAILED (HTTP 503)")), r.out());
    }

    /** The run command's JVM options, as the README shows them: bench/jvm-options is their one source. */
    private static List<String> runCommandOptions() throws IOException {
        String options = Files.readAllLines(Path.of("bench", "jvm-options")).stream()
                .filter(l -> l.startsWith("JVM_OPTS=")).findFirst().orElseThrow().substring("JVM_OPTS=".length());
        assertTrue(Files.readString(Path.of("README.md")).contains("java " + options + " -jar target/writeback-doctor.jar serve"),
                "the README's run command has other JVM options than bench/jvm-options: " + options);
        return List.of(options.split(" "));
    }

    @Test
    void theRunCommandLoadsTheServiceClassesFromTheArchiveTheBuildWrote() throws Exception {
        List<String> options = new ArrayList<>(runCommandOptions());
        options.add("-Xlog:class+load=info");
        Result r = java(options, Path.of("").toAbsolutePath(), null, "--version");
        assertEquals(0, r.exit(), r.err());
        // "top" is the archive written by the self-test at package time, above the JDK's own
        assertTrue(r.out().contains("io.writebackdoctor.cli.Main source: shared objects file (top)"),
                r.out().lines().filter(l -> l.contains("io.writebackdoctor")).findFirst().orElse(r.out()));
    }
}
