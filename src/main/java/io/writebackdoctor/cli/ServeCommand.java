package io.writebackdoctor.cli;

import io.writebackdoctor.api.CurrentRuleSet;
import io.writebackdoctor.api.ServiceConfig;
import io.writebackdoctor.api.WritebackDoctorService;
import io.writebackdoctor.engine.CompiledRulesCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the REST API, until SIGTERM or Ctrl-C, which drain requests in flight first; with
 * {@code --self-test}, only until the service has answered a few requests to itself.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the REST API (see /docs once started).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "interface to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 to expose it)")
    String host;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: ./rules, else the rules bundled in the jar)")
    Path rules;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "largest request body accepted (default: ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--max-threads", paramLabel = "N", defaultValue = "" + ServiceConfig.DEFAULT_MAX_THREADS,
            description = "most threads of the web server (default: ${DEFAULT-VALUE}, at least " + MIN_THREADS
                    + "); diagnoses are CPU work, so more threads than cores mostly add memory, and further requests wait in a queue")
    int maxThreads;

    /**
     * Jetty needs threads of its own before any request is served (up to four acceptors and a
     * selector on a large machine); eight leave room for them and a few requests on any machine.
     */
    static final int MIN_THREADS = 8;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "bearer token for POST /api/v1/rules/reload and /validate (or env WRITEBACK_DOCTOR_ADMIN_TOKEN); without one they are disabled")
    String adminToken;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "facts-samples",
            description = "facts samples run against candidate rules by /api/v1/rules/validate (default: ${DEFAULT-VALUE})")
    Path samples;

    @Option(names = "--no-watch", description = "do not reload when files in the rules folder change")
    boolean noWatch;

    @Option(names = "--benchmark-mode", description = "add POST /bench/floor, the parse-only floor endpoint of the load benchmark")
    boolean benchmarkMode;

    @Option(names = "--no-rules-cache",
            description = "always compile the DRL; by default compiled rules are kept in writeback-doctor-cache/ beside the jar and read back when the DRL and the jar are unchanged")
    boolean noRulesCache;

    @Option(names = "--self-test",
            description = "start, check that the service answers (ready, checks, a sample diagnosis), stop; exit 1 if any answer is wrong")
    boolean selfTest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        WritebackDoctorService service = new WritebackDoctorService(config(), CurrentRuleSet.forFolder(rules, noRulesCache ? null : CompiledRulesCache.besideTheJar())).start();
        if (selfTest) return selfTest(service);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            stopped.countDown();
        }, "graceful-shutdown"));
        stopped.await();
        return Main.OK;
    }

    /** The service's settings from the options; rejects a value no server could run with. */
    ServiceConfig config() {
        if (maxThreads < MIN_THREADS) {
            throw new ParameterException(spec.commandLine(),
                    "--max-threads must be at least " + MIN_THREADS + " (Jetty's own threads need some of them), not " + maxThreads);
        }
        ServiceConfig config = new ServiceConfig();
        config.port = port;
        config.host = host;
        config.maxBodyBytes = maxBody;
        config.maxThreads = maxThreads;
        config.adminToken = adminToken != null ? adminToken : System.getenv("WRITEBACK_DOCTOR_ADMIN_TOKEN");
        config.samplesDir = samples;
        config.watchRules = !noWatch;
        config.benchmarkMode = benchmarkMode;
        return config;
    }

    private int selfTest(WritebackDoctorService service) throws InterruptedException {
        try {
            int failed = new SelfTest(host, service.port(), spec.commandLine().getOut()).run();
            return failed == 0 ? Main.OK : Main.FAILING;
        } catch (IOException e) {
            spec.commandLine().getErr().println("self-test: " + e.getMessage());
            return Main.FAILING;
        } finally {
            service.stop();
        }
    }
}
