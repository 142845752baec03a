package io.writebackdoctor.bench;

import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.report.Diagnosis;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The fixed cost of one diagnosis with the full rule set and no facts at all ({@code {}}): a pooled
 * session, the check definitions and reference data inserted, every rule evaluated, the session
 * reset, and one UNKNOWN finding per check assembled. No facts document can be diagnosed faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineFloorBenchmark {

    private FactsReader reader;
    private Diagnoser diagnoser;

    @Setup
    public void setUp() throws Exception {
        reader = new FactsReader();
        diagnoser = Project.diagnoser();
    }

    @Benchmark
    public Diagnosis emptyDocument() throws Exception {
        return diagnoser.diagnose(reader.read("{}"), "en", false);
    }
}
