package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opcon.limiter.embedded.LocalPrometheus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as a real process: after a normal exit, Ctrl-C (SIGINT) or SIGTERM, no process it
 * started is left, every port it opened is free, and its temporary files are gone. Also runs it as
 * on a fresh machine: no redis-server and no prometheus to be found.
 */
class DemoProcessIT {

    @TempDir
    Path home;

    @Test
    void aNormalExitLeavesNothingBehind() throws Exception {
        DemoProcess demo = DemoProcess.start(home, Map.of(), "--faults", "node-down");
        List<Integer> ports = demo.awaitPorts();
        List<ProcessHandle> family = demo.family();

        assertThat(demo.process().waitFor(90, TimeUnit.SECONDS)).as(demo.output()).isTrue();

        assertThat(demo.process().exitValue()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("1 of 1 faults detected and cleared");
        assertNothingLeft(demo, ports, family);
    }

    @Test
    void ctrlCLeavesNothingBehind() throws Exception {
        DemoProcess demo = DemoProcess.start(home, Map.of());
        List<Integer> ports = demo.awaitPorts();
        List<ProcessHandle> family = demo.family();
        assertThat(family).as("the demo, its redis-server and its prometheus if installed")
                .hasSize(LocalPrometheus.findBinary().isPresent() ? 3 : 2);

        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(demo.process().pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(demo.process().waitFor(60, TimeUnit.SECONDS)).as(demo.output()).isTrue();
        assertNothingLeft(demo, ports, family);
    }

    @Test
    void sigtermLeavesNothingBehind() throws Exception {
        DemoProcess demo = DemoProcess.start(home, Map.of());
        List<Integer> ports = demo.awaitPorts();
        List<ProcessHandle> family = demo.family();

        demo.process().destroy();

        assertThat(demo.process().waitFor(60, TimeUnit.SECONDS)).as(demo.output()).isTrue();
        assertNothingLeft(demo, ports, family);
    }

    @Test
    void runsOnAMachineWithOnlyAJdk() throws Exception {
        String path = DemoProcess.pathWithoutRedisAndPrometheus(home);
        try {
            DemoProcess demo = DemoProcess.start(home, Map.of("PATH", path, "OPCON_FORCE_EMBEDDED_REDIS", "1"),
                    "--prometheus", "off", "--faults", "node-down");
            List<Integer> ports = demo.awaitPorts();
            List<ProcessHandle> family = demo.family();

            assertThat(demo.process().waitFor(90, TimeUnit.SECONDS)).as(demo.output()).isTrue();

            assertThat(demo.process().exitValue()).as(demo.output()).isZero();
            assertThat(demo.output()).containsPattern("Redis redis://127\\.0\\.0\\.1:\\d+ \\(.*/redis-server-[^)]*\\)")
                    .contains("prometheus none: the console scrapes the nodes directly");
            assertNothingLeft(demo, ports, family);
        } finally {
            DemoProcess.deleteLinks(home);
        }
    }

    private static void assertNothingLeft(DemoProcess demo, List<Integer> ports, List<ProcessHandle> family) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(family).as("processes of the demo").noneMatch(ProcessHandle::isAlive));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (int port : ports) {
                assertThat(listening(port)).as("port " + port + " still open; output:\n" + demo.output()).isFalse();
            }
        });
        assertThat(demo.temporaryFiles()).as("temporary files").isEmpty();
    }

    private static boolean listening(int port) {
        return DemoClusterLifecycleIT.listening(port);
    }
}
