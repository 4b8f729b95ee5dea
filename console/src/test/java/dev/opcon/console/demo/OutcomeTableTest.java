package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeTableTest {

    @Test
    void listsEveryFaultWithItsTimesAgainstTheirBounds() {
        List<FaultOutcome> outcomes = List.of(
                new FaultOutcome("node-down", "Kill node n2", "node_down n2", Optional.of(Duration.ofMillis(1240)),
                        Duration.ofSeconds(3), Optional.of(Duration.ofMillis(2050)), Duration.ofSeconds(10), ""),
                new FaultOutcome("latency", "Add 300 ms latency to node n3", "high_latency", Optional.empty(),
                        Duration.ofSeconds(20), Optional.empty(), Duration.ofSeconds(25), "no high_latency within 20.0 s"));

        assertThat(OutcomeTable.render(outcomes)).isEqualTo("""
                fault      violation     detected  bound   cleared  bound   result
                node-down  node_down n2  1.2 s     3.0 s   2.1 s    10.0 s  ok
                latency    high_latency  -         20.0 s  -        25.0 s  FAILED
                1 of 2 faults detected and cleared within their bounds
                """);
    }

    @Test
    void aFaultSlowerThanItsBoundFails() {
        FaultOutcome slow = new FaultOutcome("node-down", "Kill node n2", "node_down n2", Optional.of(Duration.ofMillis(3100)),
                Duration.ofSeconds(3), Optional.of(Duration.ofSeconds(1)), Duration.ofSeconds(10), "");

        assertThat(slow.passed()).isFalse();
    }
}
