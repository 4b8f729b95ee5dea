package dev.opcon.console.ui.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A tmux server of its own (its own socket, so it never touches the user's sessions) with one
 * window of a given size, driven like a person at a terminal: send keys, read the screen.
 */
public final class Tmux implements AutoCloseable {

    private final String socket;
    private final String session = "e2e";

    private Tmux(String socket) {
        this.socket = socket;
    }

    public static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException missing) {
            return false;
        }
    }

    /** A new server running an interactive bash with a known prompt, in a window of the given size. */
    public static Tmux start(int width, int height) throws IOException, InterruptedException {
        Tmux tmux = new Tmux("opcon-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        tmux.run("new-session", "-d", "-s", tmux.session, "-x", String.valueOf(width), "-y", String.valueOf(height),
                "env PS1='e2e$ ' TERM=xterm-256color bash --norc --noprofile");
        return tmux;
    }

    /** Types text literally, then presses Enter. */
    public void typeLine(String line) throws IOException, InterruptedException {
        run("send-keys", "-t", session, "-l", line);
        run("send-keys", "-t", session, "Enter");
    }

    /** Presses keys by tmux name: {@code Tab}, {@code Escape}, {@code Enter}, {@code C-c}, or characters. */
    public void press(String... keys) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", session));
        command.addAll(List.of(keys));
        run(command.toArray(String[]::new));
    }

    public String screen() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", session);
    }

    /** True while the program in the window has switched to the alternate screen (full-screen mode). */
    public boolean alternateScreen() throws IOException, InterruptedException {
        return run("display-message", "-p", "-t", session, "#{alternate_on}").strip().equals("1");
    }

    public String awaitScreen(Predicate<String> condition, Duration patience) {
        String[] last = {""};
        try {
            return org.awaitility.Awaitility.await().atMost(patience).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptions()
                    .until(() -> last[0] = screen(), condition);
        } catch (org.awaitility.core.ConditionTimeoutException timedOut) {
            throw new AssertionError("the tmux window never matched; it shows:\n" + last[0], timedOut);
        }
    }

    private String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("kill-server");
        } catch (IOException alreadyGone) {
            // The server ends by itself when its last window closes.
        }
    }
}
