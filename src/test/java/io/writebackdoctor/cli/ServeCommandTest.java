package io.writebackdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.api.ServiceConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve}'s options reach the service's settings; a value no server can run with is refused. */
class ServeCommandTest {

    private static ServiceConfig configOf(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.config();
    }

    @Test
    void maxThreadsSetsTheWebServersPool() {
        assertEquals(24, configOf("--max-threads", "24").maxThreads);
    }

    @Test
    void withoutTheOptionTheServiceDefaultHolds() {
        assertEquals(new ServiceConfig().maxThreads, configOf().maxThreads);
    }

    @Test
    void tooFewThreadsIsAUsageErrorNamingTheMinimum() {
        // --self-test: were the value accepted, the service would start, answer itself and stop, not block.
        DiagnoseCommandTest.Run r = DiagnoseCommandTest.run("serve", "--port", "0", "--no-watch", "--self-test", "--max-threads", "4");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--max-threads must be at least " + ServeCommand.MIN_THREADS), r.err());
        assertTrue(r.err().contains("not 4"), r.err());
    }
}
