package dev.opcon.ratelimiter.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceMatcherTest {

    private final InstanceMatcher matcher = new InstanceMatcher(List.of(
            new NodeEndpoint("n1", "127.0.0.1:8081", URI.create("http://127.0.0.1:8081")),
            new NodeEndpoint("n2", "localhost:8082", URI.create("http://localhost:8082")),
            new NodeEndpoint("n3", "limiter-3.internal:8080", URI.create("http://10.0.0.3:8080/")),
            new NodeEndpoint("n4", "[::1]:8084", URI.create("http://[::1]:8084"))));

    @Test
    void matchesTheRegisteredAddressExactly() {
        assertThat(matcher.nodeIdOf("127.0.0.1:8081")).contains("n1");
        assertThat(matcher.nodeIdOf("limiter-3.internal:8080")).contains("n3");
    }

    @Test
    void matchesTheSamePortOnAnotherNameOfTheLoopbackHost() {
        assertThat(matcher.nodeIdOf("127.0.0.1:8082")).contains("n2");
        assertThat(matcher.nodeIdOf("localhost:8081")).contains("n1");
        assertThat(matcher.nodeIdOf("localhost:8084")).contains("n4");
        assertThat(matcher.nodeIdOf("LOCALHOST:8082")).contains("n2");
    }

    @Test
    void matchesTheBaseUrlAndTheNodeId() {
        assertThat(matcher.nodeIdOf("10.0.0.3:8080")).contains("n3");
        assertThat(matcher.nodeIdOf("n2")).contains("n2");
    }

    @Test
    void leavesOtherHostsAndPortsUnmatched() {
        assertThat(matcher.nodeIdOf("127.0.0.1:9999")).isEmpty();
        assertThat(matcher.nodeIdOf("10.0.0.4:8081")).isEmpty();
        assertThat(matcher.nodeIdOf("")).isEmpty();
    }

    @Test
    void normalFormsKeepPortsAndBareIpv6Addresses() {
        assertThat(InstanceMatcher.normal("[::1]:9090")).isEqualTo("loopback:9090");
        assertThat(InstanceMatcher.normal("127.0.0.2:80")).isEqualTo("loopback:80");
        assertThat(InstanceMatcher.normal("fe80::1")).isEqualTo("fe80::1");
        assertThat(InstanceMatcher.normal("Host.Example:8080")).isEqualTo("host.example:8080");
    }
}
