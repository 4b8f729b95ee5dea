package dev.opcon.console.demo;

import dev.opcon.console.cli.CommandLines;
import dev.opcon.console.cli.DemoCommand;
import dev.opcon.console.cli.Environment;
import dev.opcon.console.config.ConfigFile;
import dev.opcon.core.registry.SubjectRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code opcon demo ...} in-process through the real command line; keeps its output and exit code. */
record DemoRun(int exitCode, String out, String err) {

    static DemoRun run(Path home, String... arguments) {
        var environment = new Environment(Map.of(), SubjectRegistry.fromClassPath(),
                ConfigFile.load(home.resolve("config.json")), home.resolve("opcon.log"));
        CommandLine commandLine = CommandLines.create(environment);
        if (!commandLine.getSubcommands().containsKey("demo")) {
            commandLine.addSubcommand("demo", new DemoCommand(environment));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(arguments);
        return new DemoRun(exitCode, out.toString(), err.toString());
    }
}
