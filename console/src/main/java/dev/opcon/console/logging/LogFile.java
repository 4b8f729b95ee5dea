package dev.opcon.console.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where details go instead of the terminal: {@code $XDG_STATE_HOME/opcon/opcon.log}, else
 * {@code ~/.local/state/opcon/opcon.log}. Must be set up before the first logger is created.
 */
public final class LogFile {

    private LogFile() {
    }

    public static Path path(Map<String, String> environment) {
        String xdg = environment.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
        return base.resolve("opcon").resolve("opcon.log");
    }

    /** Points logback at the log file, creating its folder; falls back to the temp folder if it cannot. */
    public static Path configure(Map<String, String> environment) {
        Path path = path(environment);
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException | SecurityException unwritable) {
            path = Path.of(System.getProperty("java.io.tmpdir"), "opcon.log");
        }
        System.setProperty("opcon.log.file", path.toString());
        if (environment.containsKey("OPCON_LOG_LEVEL")) {
            System.setProperty("opcon.log.level", environment.get("OPCON_LOG_LEVEL"));
        }
        return path;
    }
}
