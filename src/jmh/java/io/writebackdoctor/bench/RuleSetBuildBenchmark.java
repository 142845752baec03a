package io.writebackdoctor.bench;

import io.writebackdoctor.engine.RuleFiles;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.engine.RuleSetLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (c) Building the rule set from rules/: the first build in a fresh JVM (single shot, one per fork)
 * and a warm rebuild (a new loader each time, so nothing is reused). Milliseconds per build.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetBuildBenchmark {

    private RuleFiles files;

    @Setup
    public void setUp() throws Exception {
        files = RuleFiles.fromDirectory(Path.of(System.getProperty("writeback.root", ".")).resolve("rules"));
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
}
