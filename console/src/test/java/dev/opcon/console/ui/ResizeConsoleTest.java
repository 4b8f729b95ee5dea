package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.console.ui.fake.FakeCluster;
import dev.opcon.console.ui.fake.TestRegistries;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResizeConsoleTest {

    @Test
    void everySizeGetsItsLayoutAndAResizeLaysOutAgainAtOnce() throws Exception {
        FakeCluster cluster = FakeCluster.threeNodes();
        cluster.stopNode("node-2");
        try (ConsoleHarness console = ConsoleHarness.start(Launches.subject(TestRegistries.opener(cluster, Map.of()),
                "fake", Map.of("fake-url", "http://x")), 160, 48)) {
            String full = console.awaitText("node_down");
            assertFull(full, 160);

            console.resize(60, 20);
            String compact = console.awaitScreen(screen -> screen.lines().count() == 20 && screen.contains("[Nodes 3]"));
            assertThat(compact.lines().toList().get(1)).isEqualTo(" Nodes   Redis   Keys   Rates   Violations 1");
            assertThat(compact).contains("[Nodes 3]", "✖ node_down node-2").doesNotContain("Rates ─");
            assertThat(compact.lines()).allMatch(line -> line.length() <= 60);

            console.resize(30, 10);
            String tiny = console.awaitScreen(screen -> screen.lines().count() == 10 && screen.contains("Too small"));
            assertThat(tiny.strip()).isEqualTo("Too small: 30x10, need 40x12");

            console.resize(160, 48);
            assertFull(console.awaitScreen(screen -> screen.lines().count() == 48 && screen.contains("Keys 3")), 160);
            assertThat(console.quit()).isZero();
        }
    }

    private static void assertFull(String screen, int width) {
        assertThat(screen.lines()).hasSize(48).allMatch(line -> line.length() <= width);
        assertThat(screen.lines().filter(line -> line.contains("Nodes 3") && line.contains("Redis"))).hasSize(1);
        assertThat(screen.lines().filter(line -> line.contains("Keys 3") && line.contains("Rates"))).hasSize(1);
        assertThat(screen).containsPattern("✖ crit +node_down");
    }
}
