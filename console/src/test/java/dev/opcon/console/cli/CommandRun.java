package dev.opcon.console.cli;

import dev.opcon.console.config.ConfigFile;
import dev.opcon.core.registry.SubjectRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real {@code opcon} command line in-process and keeps what it printed and returned. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun run(Path home, Map<String, String> variables, String... arguments) {
        var environment = new Environment(variables, SubjectRegistry.fromClassPath(),
                ConfigFile.load(home.resolve("config.json")), home.resolve("opcon.log"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = CommandLines.create(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(arguments);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    static CommandRun run(Path home, String... arguments) {
        return run(home, Map.of(), arguments);
    }
}
