package io.writebackdoctor.bench;

import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.report.Diagnosis;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (a) In-process diagnosis of a facts sample with the full rule set, and (b) its floor: parsing,
 * validating and binding the same JSON with no rule evaluation. Microseconds per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiagnosisBenchmark {

    @Param({"healthy-hybrid", "multi-fault-small-business", "multi-fault-legacy-datacenter", "multi-fault-half-configured",
            "events-protected-account-33004", "nearly-empty"})
    public String sample;

    private String json;
    private FactsReader reader;
    private Diagnoser diagnoser;

    @Setup
    public void setUp() throws Exception {
        json = Project.sample(sample);
        reader = new FactsReader();
        diagnoser = Project.diagnoser();
    }

    @Benchmark
    public Diagnosis diagnose() throws Exception {
        return diagnoser.diagnose(reader.read(json), "en", false);
    }

    @Benchmark
    public Object parseAndBindOnly() throws Exception {
        return reader.read(json);
    }
}
