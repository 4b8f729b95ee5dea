package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as a presenter would: {@code ./opcon demo} in a real terminal (tmux), open the chaos
 * menu, kill a node, see {@code node_down} on screen, undo it, see it clear, quit; then nothing
 * the demo started is left running.
 */
class DemoTmuxIT {

    /** A first run may build the jar. */
    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final Duration SCREEN_CHANGE = Duration.ofSeconds(20);
    /** A row of the violations table (not the status line, which also names the violation). */
    private static final Pattern NODE_DOWN_ROW = Pattern.compile("(?m)^│.*node_down\\s+n2\\b");
    private static final Pattern NODE_N2_UP = Pattern.compile("(?m)^│n2\\s+127\\.0\\.0\\.1:\\d+\\s+Up\\b");
    private static final Pattern NODE_N2_DOWN = Pattern.compile("(?m)^│n2\\s+127\\.0\\.0\\.1:\\d+\\s+Down\\b");

    private final String server = "opcon-demo-it-" + ProcessHandle.current().pid();
    private final String session = "demo";

    @TempDir
    Path home;

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    void killANodeFromTheChaosMenuWatchItGoDownAndComeBack() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tmux")) || onPath("tmux"), "tmux is not installed");
        Path root = repositoryRoot();
        String command = "cd '" + root + "' && ./opcon demo; echo \"EXITED $?\"; sleep 300";
        run(List.of("tmux", "-L", server, "new-session", "-d", "-s", session, "-x", "200", "-y", "50",
                "-e", "XDG_STATE_HOME=" + home.resolve("state"), "-e", "XDG_CONFIG_HOME=" + home.resolve("config"),
                command));
        long shell = Long.parseLong(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip());

        awaitScreen(STARTUP, NODE_N2_UP);
        List<ProcessHandle> demo = ProcessHandle.of(shell).orElseThrow().descendants().toList();
        assertThat(demo).as("the demo JVM and its redis-server").hasSizeGreaterThanOrEqualTo(2);

        keys("c");
        awaitScreen(SCREEN_CHANGE, Pattern.compile("1\\s+Kill node n2\\s+node_down"));
        keys("1");
        awaitScreen(SCREEN_CHANGE, Pattern.compile("killed node n2"));
        keys("Escape");
        awaitScreen(SCREEN_CHANGE, NODE_DOWN_ROW);
        awaitScreen(SCREEN_CHANGE, NODE_N2_DOWN);

        keys("c");
        awaitScreen(SCREEN_CHANGE, Pattern.compile("1\\s+Kill node n2\\s+node_down"));
        keys("1");
        awaitScreen(SCREEN_CHANGE, Pattern.compile("started node n2 again"));
        keys("Escape");
        awaitScreen(SCREEN_CHANGE, NODE_N2_UP);
        await().atMost(SCREEN_CHANGE).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(NODE_DOWN_ROW.matcher(screen()).find()).as("node_down still listed:\n" + screen()).isFalse());

        keys("q");
        awaitScreen(SCREEN_CHANGE, Pattern.compile("EXITED 0"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(demo).as("processes the demo started").noneMatch(ProcessHandle::isAlive));
    }

    private void awaitScreen(Duration atMost, Pattern pattern) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(pattern.matcher(screen()).find()).as(pattern + " on the screen:\n" + screen()).isTrue());
    }

    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    private void keys(String... keys) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", session));
        command.addAll(List.of(keys));
        tmux(command.toArray(String[]::new));
    }

    private String tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", server));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return output;
    }

    private static Path repositoryRoot() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        return Files.exists(module.resolve("opcon")) ? module : module.getParent();
    }

    private static boolean onPath(String program) {
        return List.of(System.getenv("PATH").split(java.io.File.pathSeparator)).stream()
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }
}
