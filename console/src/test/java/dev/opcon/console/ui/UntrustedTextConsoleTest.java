package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.console.ui.fake.FakeCluster;
import dev.opcon.console.ui.fake.TestRegistries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UntrustedTextConsoleTest {

    @Test
    void aKeyNameWithEscBelAndCsiShowsAsVisibleEscapes() throws Exception {
        FakeCluster cluster = FakeCluster.threeNodes();
        // Raw, as if a subject forgot SafeText: the console must still never pass it to the terminal.
        cluster.setKeys(List.of(new FakeCluster.Key("evil\u001b[2J\u0007\u009b31mkey", 5, 10, 60_000)), 0);
        try (ConsoleHarness console = ConsoleHarness.start(Launches.subject(TestRegistries.opener(cluster, Map.of()),
                "fake", Map.of("fake-url", "http://x")), 120, 40)) {
            String screen = console.awaitText("evil");

            assertThat(screen).contains("evil\\e[2J\\a\\x9b31mkey").contains("Nodes 3", "node-3");
            assertThat(console.readTerminal()).doesNotContain("\u001b", "\u0007", "\u009b");
            assertThat(console.quit()).isZero();
        }
    }
}
