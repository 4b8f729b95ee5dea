package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.opcon.console.ui.fake.FakeCluster;
import dev.opcon.console.ui.fake.FakeDemoHooks;
import dev.opcon.console.ui.fake.TestRegistries;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoConsoleTest {

    private final FakeCluster cluster = FakeCluster.threeNodes();

    private ConsoleLaunch demo() {
        return new ConsoleLaunch(TestRegistries.opener(cluster, Map.of()), Optional.of("fake"), Optional.empty(),
                Map.of("fake-url", "http://x"), "default", Launches.FAST, Map.of(),
                Optional.of(new FakeDemoHooks(cluster)));
    }

    @Test
    void theChaosMenuInjectsAndUndoesAFault() throws Exception {
        try (ConsoleHarness console = ConsoleHarness.start(demo(), 120, 40)) {
            console.awaitText("node-3");
            console.type("c");
            assertThat(console.awaitText("[Chaos]")).containsPattern("1  Kill node node-2 +node_down");
            console.press(KeyType.Enter);
            assertThat(console.awaitText("INJECTED")).contains("node-2 killed");
            console.press(KeyType.Escape);
            console.awaitText("node_down");
            console.type("c1");
            console.awaitText("node-2 is back");
            console.press(KeyType.Escape);
            console.awaitText("no active violations");
            assertThat(console.quit()).isZero();
        }
    }

    @Test
    void theTourNarratesAndSpaceGoesToTheNextStep() throws Exception {
        try (ConsoleHarness console = ConsoleHarness.start(demo(), 120, 40)) {
            String first = console.awaitText("node-failure 1/2: A healthy cluster of three nodes.");
            assertThat(first.lines().reduce((a, b) -> b).orElseThrow()).contains("(Space: next)");
            console.type(" ");
            console.awaitText("node-failure 2/2: Node 2 dies");
            console.awaitText("node_down");
            assertThat(console.quit()).isZero();
        }
    }
}
