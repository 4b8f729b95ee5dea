package dev.opcon.console.cli;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import dev.opcon.core.text.Secrets;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the {@code opcon} command line and maps every failure to one clear line and exit 3:
 * the details go to the log file, never a stack trace on the terminal.
 */
public final class CommandLines {

    public static final int CANNOT_OBSERVE = 3;
    private static final Logger LOG = LoggerFactory.getLogger(CommandLines.class);

    private CommandLines() {
    }

    public static CommandLine create(Environment environment) {
        CommandLine commandLine = new CommandLine(new OpconCommand(environment));
        commandLine.addSubcommand("subjects", new SubjectsCommand(environment));
        commandLine.addSubcommand("check", new CheckCommand(environment));
        commandLine.addSubcommand("demo", new DemoCommand(environment));
        commandLine.addSubcommand("bench", new BenchCommand());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) ->
                reportFailure(environment, failed.getErr(), exception));
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("opcon: " + SafeText.of(Secrets.maskUrlsIn(exception.getMessage())) + " (see: "
                    + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            err.flush();
            return CANNOT_OBSERVE;
        });
        return commandLine;
    }

    private static int reportFailure(Environment environment, PrintWriter err, Exception exception) {
        if (exception instanceof OpconException known && known.category() != OpconException.Category.INTERNAL) {
            LOG.info("opcon stopped: {}", known.getMessage(), known);
            err.println("opcon: " + SafeText.of(Secrets.maskUrlsIn(known.getMessage())));
        } else {
            LOG.error("opcon failed", exception);
            err.println("opcon: internal error (" + SafeText.of(String.valueOf(exception.getMessage()))
                    + "); details in " + environment.logFile());
        }
        err.flush();
        return CANNOT_OBSERVE;
    }
}
