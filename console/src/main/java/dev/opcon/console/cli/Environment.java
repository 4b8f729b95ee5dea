package dev.opcon.console.cli;

import dev.opcon.console.config.ConfigFile;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.core.registry.SubjectRegistry;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every command works from: the process environment, the registry, the config file and the
 * log file. Built once in {@link dev.opcon.console.Main}; tests build their own.
 */
public record Environment(Map<String, String> variables, SubjectRegistry registry, ConfigFile config, Path logFile) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    public SessionOpener sessionOpener() {
        return new SessionOpener(registry, config, variables);
    }
}
