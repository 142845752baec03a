package io.writebackdoctor.bench;

import io.writebackdoctor.engine.RuleFiles;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.engine.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (c) Building the rule set from rules/: the first build in a fresh JVM (single shot, one per fork),
 * a warm rebuild (a new loader each time, so nothing is reused) and the rebuild after a saved edit
 * of one rule, as the service does it (a loader for edits; the edit alternates a threshold of
 * network.drl between two values). Milliseconds per build.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetBuildBenchmark {

    private RuleFiles files;
    private RuleFiles[] edited;
    private RuleSetLoader editLoader;
    private int edits;

    @Setup
    public void setUp() throws Exception {
        files = Project.rules();
        edited = new RuleFiles[] {withIdleWarningFrom(files, 121), withIdleWarningFrom(files, 122)};
        editLoader = RuleSetLoader.forEdits(null);
        editLoader.load(files);
    }

    private static RuleFiles withIdleWarningFrom(RuleFiles files, int seconds) {
        Map<String, byte[]> all = new TreeMap<>(files.all());
        String network = files.text("network.drl").replace("idleTimeoutSeconds >= 120, idleTimeoutSeconds < 360",
                "idleTimeoutSeconds >= " + seconds + ", idleTimeoutSeconds < 360");
        all.put("network.drl", network.getBytes(StandardCharsets.UTF_8));
        return new RuleFiles(files.origin(), all);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public RuleSet firstBuild() throws Exception {
        return new RuleSetLoader().load(files);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public RuleSet warmRebuild() throws Exception {
        return new RuleSetLoader().load(files);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public RuleSet ruleEditRebuild() throws Exception {
        return editLoader.load(edited[edits++ % 2]);
    }
}
