package dev.opcon.console.cli;

import dev.opcon.console.ui.ConsoleLaunch;
import dev.opcon.console.ui.FullScreenConsole;
import dev.opcon.core.spi.Durations;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opcon} with no subcommand: the full-screen console. */
@Command(name = "opcon", mixinStandardHelpOptions = true, version = "opcon 0.1.0",
        description = {"Operator Console: watch a live distributed system in a full-screen console.",
                "With no subcommand it opens the console (a subject picker unless --subject or --context is given)."},
        footer = {"", "Subject options follow the subject, e.g. --ratelimiter-url URL[,URL] --redis-url URL.",
                "Details of every error go to the log file: ~/.local/state/opcon/opcon.log."})
public final class OpconCommand implements Callable<Integer> {

    private final Environment environment;

    @Mixin
    SubjectFlags subjectFlags = new SubjectFlags();

    @picocli.CommandLine.Unmatched
    java.util.List<String> subjectOptions = new java.util.ArrayList<>();

    @Option(names = "--theme", paramLabel = "NAME", defaultValue = "default",
            description = "Colour theme: default, light, solarized-dark, high-contrast, mono, or a user theme.")
    String theme;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "2s",
            description = "Refresh interval, e.g. 1s or 500ms (default 2s).")
    String interval;

    public OpconCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        var launch = new ConsoleLaunch(environment.sessionOpener(), SubjectChoice.resolve(subjectFlags, environment),
                subjectFlags.context(), SubjectFlags.options(subjectOptions), theme, Durations.parse("interval", interval),
                environment.variables(), Optional.empty());
        return FullScreenConsole.run(launch);
    }
}
