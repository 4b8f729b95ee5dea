package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.console.config.ConfigFile;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.console.ui.cluster.RealCluster;
import dev.opcon.core.registry.SubjectRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console on a real cluster: three limiter nodes, a real Redis, the real ratelimiter subject. */
class RealClusterConsoleIT {

    private static RealCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = RealCluster.start(3);
        cluster.check("user:alice", 30);
        cluster.check("evil\u001b[2J\u0007\u009b31m", 3);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    private static ConsoleLaunch launch() {
        SessionOpener opener = new SessionOpener(SubjectRegistry.fromClassPath(),
                new ConfigFile(Path.of("/nowhere/config.json"), List.of(), List.of()), Map.of());
        return new ConsoleLaunch(opener, Optional.of("ratelimiter"), Optional.empty(),
                Map.of("ratelimiter-url", cluster.nodeUrls(), "redis-url", cluster.redisUrl()), "default",
                Duration.ofSeconds(1), Map.of(), Optional.empty());
    }

    @Test
    void showsTheThreeNodesAndAStoppedNodeAsNodeDownWithinOneRefresh() throws Exception {
        try (ConsoleHarness console = ConsoleHarness.start(launch(), 160, 48)) {
            String screen = console.awaitScreen(text -> text.contains("node-1") && text.contains("node-2")
                    && text.contains("node-3"));
            assertThat(screen).contains("Nodes 3", "user:alice")
                    .as("a key name's control characters show as escapes").contains("evil\\e[2J\\a\\x9b31m");

            long stopped = System.nanoTime();
            cluster.node(1).close();
            screen = console.awaitText("node_down");
            long tookMillis = (System.nanoTime() - stopped) / 1_000_000;
            // One refresh: the 1 s interval plus the source deadline (2 s by default) at most.
            assertThat(tookMillis).isLessThan(3_500);
            assertThat(screen).containsPattern("✖ crit +node_down +node-2");
            assertThat(console.quit()).isZero();
        }
    }
}
