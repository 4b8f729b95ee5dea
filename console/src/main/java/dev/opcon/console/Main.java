package dev.opcon.console;

import dev.opcon.console.cli.CommandLines;
import dev.opcon.console.cli.Environment;
import dev.opcon.console.config.ConfigFile;
import dev.opcon.console.logging.LogFile;
import dev.opcon.core.registry.SubjectRegistry;
import java.nio.file.Path;
import java.util.Map;

/** The {@code opcon} program. The only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] arguments) {
        Map<String, String> variables = System.getenv();
        Path logFile = LogFile.configure(variables);
        Environment environment = new Environment(variables, SubjectRegistry.fromClassPath(),
                ConfigFile.load(variables), logFile);
        int exitCode = CommandLines.create(environment).execute(arguments);
        System.exit(exitCode);
    }
}
