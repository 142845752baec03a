package io.writebackdoctor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar writeback-doctor.jar <command>}. */
@Command(name = "writeback-doctor", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Tells why Microsoft Entra password writeback is not working, from a document of environment facts.",
        subcommands = {DiagnoseCommand.class, ServeCommand.class, ValidateCommand.class, VerifyCommand.class})
public final class Main implements Runnable {

    /** Exit codes shared by all commands. */
    public static final int OK = 0;
    public static final int FAILING = 1;
    public static final int BAD_INPUT = 2;
    public static final int BAD_RULES = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with its error handling; tests set its output streams. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // An I/O failure or a broken rule at run time: a one-line message, never a stack trace.
            cmd.getErr().println("error: " + e.getMessage());
            return BAD_INPUT;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"writeback-doctor " + (v == null ? "(development)" : v)};
        }
    }
}
