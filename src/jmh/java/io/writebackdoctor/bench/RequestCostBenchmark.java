package io.writebackdoctor.bench;

import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.report.Json;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The work one diagnose request does inside the service — read and validate the body, run the
 * rules, write the JSON answer — with the processor's caches warm (requests back to back, nothing
 * else running) and cold (every cache line evicted before each request).
 *
 * <p>Why both: under a paced load a request rarely finds its code and data still cached, because
 * the work between two requests (other requests' reading and writing, the host's other tenants)
 * evicts them, and this work touches a great deal of memory (a few hundred rules' node memories,
 * about 700 KB allocated). The cold figure is what a request costs in that case; the paced p99 of
 * the HTTP benchmark is near it. Run it with the service's JVM options ({@code bench/run.sh} passes
 * {@code bench/jvm-options}). C2 (the JMH default) halves the warm figure and takes less off the
 * cold one (AMD host, 2026-11-26: cold p50 4.6 against 6.2 ms; Xeon host, 2026-12-07: 0.90 against
 * 1.29 ms): a cold request waits on memory more than on the quality of its compiled code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RequestCostBenchmark {

    /**
     * Twice this machine's last-level cache (32 MB of L3 on the 2-core VM the targets are set for):
     * writing one byte per 64-byte line of it leaves nothing of the request's working set cached.
     */
    private static final int EVICTION_BYTES = 64 << 20;
    private static final int CACHE_LINE = 64;

    @Param({"warm", "cold"})
    public String caches;

    @Param({"multi-fault-small-business"})
    public String sample;

    private String body;
    private FactsReader reader;
    private Diagnoser diagnoser;
    /**
     * Outside the Java heap: the service's options cap the heap (-Xmx100m for the C2 variant), and
     * 64 MB of it taken by the benchmark would leave the rule set no room.
     */
    private ByteBuffer evictor;

    @Setup
    public void setUp() throws Exception {
        body = Project.sample(sample);
        reader = new FactsReader();
        diagnoser = Project.diagnoser();
        evictor = "cold".equals(caches) ? ByteBuffer.allocateDirect(EVICTION_BYTES) : null;
    }

    /** Not timed: JMH runs it before each call of {@link #request()}. */
    @Setup(Level.Invocation)
    public void evictCaches() {
        if (evictor == null) return;
        for (int i = 0; i < EVICTION_BYTES; i += CACHE_LINE) evictor.put(i, (byte) (evictor.get(i) + 1));
    }

    @Benchmark
    public byte[] request() throws Exception {
        return Json.MAPPER.writeValueAsBytes(diagnoser.diagnose(reader.read(body), "en", false));
    }
}
