package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opcon.console.ui.cluster.RealCluster;
import dev.opcon.console.ui.cluster.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./opcon} launcher in a real terminal (tmux), watching a real cluster, driven
 * with keys and read back with {@code capture-pane}, as a person would use it.
 */
class TmuxEndToEndIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static RealCluster cluster;

    @TempDir
    Path home;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(Tmux.installed(), "tmux is not installed");
        cluster = RealCluster.start(3);
        cluster.check("user:alice", 40);
        cluster.check("user:bob", 5);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void keysWorkInARealTerminalAndQuitRestoresIt() throws Exception {
        Path launcher = Path.of("").toAbsolutePath().getParent().resolve("opcon");
        assertThat(launcher).exists();
        try (Tmux tmux = Tmux.start(120, 40)) {
            tmux.awaitScreen(screen -> screen.contains("e2e$"), PATIENCE);
            tmux.typeLine("stty -g > " + home.resolve("before") + "; env HOME=" + home + " XDG_CONFIG_HOME=" + home
                    + " XDG_STATE_HOME=" + home + " " + launcher + " --subject ratelimiter --interval 1s"
                    + " --ratelimiter-url " + cluster.nodeUrls() + " --redis-url " + cluster.redisUrl()
                    + "; echo \"exit=$?\"; stty -g > " + home.resolve("after"));

            String dashboard = tmux.awaitScreen(screen -> screen.contains("node-3") && screen.contains("user:alice"),
                    PATIENCE);
            assertThat(dashboard).contains("Nodes 3", "node-1", "node-2");
            assertThat(tmux.alternateScreen()).isTrue();

            tmux.press("?");
            tmux.awaitScreen(screen -> screen.contains("this help"), PATIENCE);
            tmux.press("Escape");
            tmux.awaitScreen(screen -> !screen.contains("this help"), PATIENCE);

            tmux.press("Tab");
            tmux.awaitScreen(screen -> screen.contains("[Redis"), PATIENCE);
            tmux.press("/");
            tmux.press("-l", "alice");
            String filtered = tmux.awaitScreen(screen -> screen.contains("/alice") && !screen.contains("user:bob"),
                    PATIENCE);
            assertThat(filtered).contains("user:alice");
            tmux.press("Enter");
            tmux.press("Enter");
            String detail = tmux.awaitScreen(screen -> screen.contains("· user:alice"), PATIENCE);
            assertThat(detail).contains("Esc closes");
            tmux.press("Escape");
            tmux.awaitScreen(screen -> !screen.contains("Esc closes"), PATIENCE);

            tmux.press("q");
            String after = tmux.awaitScreen(screen -> screen.contains("exit=0"), PATIENCE);
            tmux.awaitScreen(screen -> screen.strip().endsWith("e2e$"), PATIENCE);
            assertThat(after).doesNotContain("Exception");
            assertThat(tmux.alternateScreen()).as("the full-screen mode was left").isFalse();
            assertThat(Files.readString(home.resolve("after"))).as("the terminal settings are back")
                    .isEqualTo(Files.readString(home.resolve("before")));
        }
    }

    @Test
    void ctrlCQuitsAsCleanlyAsQ() throws Exception {
        Path launcher = Path.of("").toAbsolutePath().getParent().resolve("opcon");
        try (Tmux tmux = Tmux.start(80, 24)) {
            tmux.awaitScreen(screen -> screen.contains("e2e$"), PATIENCE);
            tmux.typeLine("stty -g > " + home.resolve("before") + "; env HOME=" + home + " XDG_CONFIG_HOME=" + home
                    + " XDG_STATE_HOME=" + home + " " + launcher + " --subject ratelimiter"
                    + " --ratelimiter-url " + cluster.nodeUrls() + " --redis-url " + cluster.redisUrl()
                    + "; echo \"exit=$?\"; stty -g > " + home.resolve("after"));
            tmux.awaitScreen(screen -> screen.contains("node-3"), PATIENCE);

            tmux.press("C-c");
            tmux.awaitScreen(screen -> screen.contains("exit=0"), PATIENCE);
            tmux.awaitScreen(screen -> screen.strip().endsWith("e2e$"), PATIENCE);
            assertThat(tmux.alternateScreen()).isFalse();
            assertThat(Files.readString(home.resolve("after"))).isEqualTo(Files.readString(home.resolve("before")));
        }
    }
}
