package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.opcon.console.config.Context;
import dev.opcon.console.ui.fake.FakeCluster;
import dev.opcon.console.ui.fake.TestRegistries;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickerConsoleTest {

    private final FakeCluster cluster = FakeCluster.threeNodes();

    @Test
    void listsSubjectsAndContextsThenConnectsThroughThePrefilledForm() throws Exception {
        var opener = TestRegistries.opener(cluster, Map.of("FAKE_URL", "http://from-env:1"),
                new Context("staging", "fake", Map.of("fake-url", "http://staging:8080")));
        try (ConsoleHarness console = ConsoleHarness.start(Launches.picker(opener), 100, 30)) {
            String picker = console.awaitText("Contexts in");
            assertThat(picker).containsPattern("> fake +A hand-written fake of a rate limiter cluster")
                    .containsPattern("  other +Another fake subject").containsPattern("staging +fake  http://staging:8080");

            console.press(KeyType.Enter);
            String form = console.awaitText("connect to fake");
            assertThat(form).contains("fake-url*", "http://from-env:1", "(env FAKE_URL)", "fake-password");

            console.press(KeyType.Tab).type("hunter2");
            assertThat(console.awaitText("•••••••")).doesNotContain("hunter2");

            console.press(KeyType.Enter);
            assertThat(console.awaitText("Nodes 3")).contains("opcon fake");
            assertThat(console.quit()).isZero();
        }
    }

    @Test
    void aBadOptionAndAnUnreachableClusterAreShownInTheFormNotAsACrash() throws Exception {
        var opener = TestRegistries.opener(cluster, Map.of());
        try (ConsoleHarness console = ConsoleHarness.start(Launches.subject(opener, "fake",
                Map.of("fake-url", "bad")), 100, 30)) {
            String form = console.awaitText("Could not connect");
            assertThat(form).contains("option --fake-url: 'bad' is not a URL (write http://host:port)");

            cluster.setManagementUp(false);
            cluster.setRedisUp(false);
            console.ctrl('u').type("http://fake:1").press(KeyType.Enter);
            String unreachable = console.awaitText("No source of fake answered");
            assertThat(unreachable).contains("management at http://fake-management:8080: connection refused",
                    "redis at redis://:***@fake-redis:6379: Redis refused the connection", "Check the URLs");

            cluster.setManagementUp(true);
            cluster.setRedisUp(true);
            console.press(KeyType.Enter);
            console.awaitText("Nodes 3");
            assertThat(console.quit()).isZero();
        }
    }

    @Test
    void sGoesBackToThePickerAndSwitchesSubjectWithoutRestarting() throws Exception {
        var opener = TestRegistries.opener(cluster, Map.of("OTHER_URL", "http://other:1"));
        try (ConsoleHarness console = ConsoleHarness.start(Launches.subject(opener, "fake",
                Map.of("fake-url", "http://x")), 100, 30)) {
            console.awaitText("Nodes 3");
            console.type("s");
            console.awaitText("pick what to watch");
            console.press(KeyType.Escape);
            console.awaitText("opcon fake");

            console.type("s").awaitText("pick what to watch");
            console.type("j").press(KeyType.Enter).awaitText("connect to other");
            console.press(KeyType.Enter);
            assertThat(console.awaitText("opcon other")).contains("Nodes 3");
            assertThat(console.quit()).isZero();
        }
    }
}
