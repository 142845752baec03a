package io.writebackdoctor.bench;

import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.engine.SampleVerifier;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.report.Diagnosis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Every document of {@code facts-samples/}, diagnosed and parsed alone, in one fork per method:
 * measurement iteration k runs sample k (file names in sorted order, as {@link SampleVerifier}
 * lists them), so run it with {@code -i} equal to the number of samples and read the per-iteration
 * scores; warm-up iteration k runs sample k too, so with as many warm-up iterations every sample
 * has been run before any is measured ({@code bench/run.sh} does both). A {@code @Param} per sample
 * would start a JVM and build the rules for each of the 128 samples; {@link DiagnosisBenchmark}
 * measures a few of them with a longer warm-up and percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EverySampleBenchmark {

    private final List<String> samples = new ArrayList<>();
    private FactsReader reader;
    private Diagnoser diagnoser;
    private int warmups;
    private int measured;
    private String current;

    @Setup
    public void setUp() throws Exception {
        for (Path sample : SampleVerifier.samples(Project.root().resolve("facts-samples"))) samples.add(Files.readString(sample));
        reader = new FactsReader();
        diagnoser = Project.diagnoser();
    }

    /** Not timed: picks the sample of the coming iteration. */
    @Setup(Level.Iteration)
    public void nextSample(IterationParams iteration) {
        current = iteration.getType() == IterationType.WARMUP
                ? samples.get(warmups++ % samples.size())
                : samples.get(measured++ % samples.size());
    }

    @Benchmark
    public Diagnosis diagnose() throws Exception {
        return diagnoser.diagnose(reader.read(current), "en", false);
    }

    @Benchmark
    public Object parseAndBindOnly() throws Exception {
        return reader.read(current);
    }
}
