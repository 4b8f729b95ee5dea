package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.limiter.embedded.LocalPrometheus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Starting and stopping the whole cluster: nothing may be left running or listening. */
class DemoClusterLifecycleIT {

    @Test
    void closingStopsEveryProcessAndFreesEveryPort() {
        Optional<Path> prometheus = LocalPrometheus.findBinary();
        Assumptions.assumeTrue(prometheus.isPresent() || !Boolean.getBoolean("opcon.require.prometheus"),
                "prometheus is required but missing");
        List<ProcessHandle> before = ProcessHandle.current().descendants().toList();
        DemoCluster cluster = DemoCluster.start(DemoSettings.defaults(), () -> prometheus);
        List<Integer> ports = cluster.ports();
        List<ProcessHandle> started = ProcessHandle.current().descendants().filter(child -> !before.contains(child)).toList();
        assertThat(cluster.prometheusUrl().isPresent()).isEqualTo(prometheus.isPresent());
        assertThat(started).as("redis-server, and prometheus when installed").hasSize(prometheus.isPresent() ? 2 : 1);
        ports.forEach(port -> assertThat(listening(port)).as("port " + port + " while running").isTrue());

        cluster.close();
        cluster.close();

        assertThat(started).noneMatch(ProcessHandle::isAlive);
        ports.forEach(port -> assertThat(listening(port)).as("port " + port + " after close").isFalse());
    }

    @Test
    void aGivenRedisIsUsedAndLeftRunning() throws Exception {
        try (var redis = dev.opcon.limiter.embedded.LocalRedis.start()) {
            var settings = new DemoSettings(20, 5, Optional.of(redis.url()), DemoSettings.PrometheusChoice.off, 3);
            try (DemoCluster cluster = DemoCluster.start(settings, Optional::empty)) {
                assertThat(cluster.localRedis()).isEmpty();
                assertThat(cluster.ports()).hasSize(3).doesNotContain(redis.port());
                assertThat(Chaos.of(cluster).names()).doesNotContain("redis-stop");
            }
            assertThat(redis.isRunning()).isTrue();
        }
    }

    @Test
    void aBadRedisUrlIsOneClearError() {
        var settings = new DemoSettings(20, 5, Optional.of("http://nope"), DemoSettings.PrometheusChoice.off, 3);

        assertThatThrownBy(() -> DemoCluster.start(settings, Optional::empty))
                .isInstanceOf(OpconException.class)
                .hasMessageStartingWith("--redis-url: ")
                .hasMessageContaining("redis://");
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
