package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.opcon.console.ui.fake.FakeCluster;
import dev.opcon.console.ui.fake.TestRegistries;
import dev.opcon.themes.model.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardConsoleTest {

    private final FakeCluster cluster = FakeCluster.threeNodes();

    private ConsoleHarness start(int width, int height) {
        return ConsoleHarness.start(Launches.subject(TestRegistries.opener(cluster, Map.of()), "fake",
                Map.of("fake-url", "http://x")), width, height);
    }

    @Test
    void aStoppedNodeShowsAsNodeDownWithinOneRefreshAndLeavesItForTheHistoryWhenBack() throws Exception {
        try (ConsoleHarness console = start(160, 48)) {
            String screen = console.awaitText("node-3");
            assertThat(screen).contains("Nodes 3", "Redis", "Keys 3", "Rates", "Violations", "no active violations");

            long stopped = System.nanoTime();
            cluster.stopNode("node-2");
            screen = console.awaitText("node_down");
            long tookMillis = (System.nanoTime() - stopped) / 1_000_000;
            assertThat(tookMillis).as("one 250 ms refresh and a redraw").isLessThan(1_500);
            assertThat(screen).containsPattern("✖ crit +node_down +node-2 +node-2 does not answer /health");

            cluster.startNode("node-2");
            console.awaitText("no active violations");
            console.type("v");
            assertThat(console.awaitText("Resolved violations 1")).containsPattern("node_down +node-2");
            console.press(KeyType.Escape);
            console.awaitScreen(text -> !text.contains("Resolved violations"));
            assertThat(console.quit()).isZero();
            assertThat(console.readTerminal()).as("the terminal's own screen is back").isBlank();
        }
    }

    @Test
    void helpFocusFilterDetailsAndSortWorkFromTheKeyboard() throws Exception {
        try (ConsoleHarness console = start(120, 40)) {
            console.awaitText("node-3");
            console.type("?");
            assertThat(console.awaitText("this help")).contains("filter the focused table", "violation history");
            console.press(KeyType.Escape);
            console.awaitScreen(text -> !text.contains("this help"));

            console.press(KeyType.Tab).press(KeyType.Tab);
            console.awaitText("[Keys 3]");
            console.type("/bob");
            assertThat(console.awaitText("Keys 1/3")).contains("filter /bob").doesNotContain("user:alice");
            console.press(KeyType.Enter).press(KeyType.Enter);
            assertThat(console.awaitText("Keys · user:bob")).contains("count", "limit", "window", "TTL",
                    "oldest entry", "newest entry");
            console.press(KeyType.Escape).press(KeyType.Escape);
            console.awaitText("Keys 3");

            console.type("2");
            assertThat(console.awaitText("count/limit↓")).contains("Keys sorted by count/limit, descending");
            String keys = console.screen();
            assertThat(keys.indexOf("user:bob")).isLessThan(keys.indexOf("user:alice"));
            assertThat(console.quit()).isZero();
        }
    }

    @Test
    void pauseRefreshIntervalAndThemeChangeWhatTheHeaderSays() throws Exception {
        try (ConsoleHarness console = start(120, 40)) {
            console.awaitText("every 250ms");
            console.type("p");
            console.awaitText("PAUSED");
            cluster.stopNode("node-1");
            console.type("r");
            console.awaitText("node_down");
            console.type("p");
            console.awaitScreen(text -> !text.contains("PAUSED"));

            console.type("+");
            console.awaitText("every 500ms");
            console.type("--");
            console.awaitText("every 250ms");

            console.type("t");
            console.awaitText("theme light");
            assertThat(console.lastCanvas().role(0, 0)).isEqualTo(Role.HEADER);
            assertThat(console.quit()).isZero();
        }
    }
}
