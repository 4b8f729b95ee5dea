package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.Fixtures;
import dev.opcon.tikv.model.Schedulers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scheduler lists, error bodies and endpoint URLs. */
class SmallParsersTest {

    @Test
    void schedulersAndTheStoresEvictLeaderEmpties() {
        List<String> names = SchedulerParser.names(Fixtures.json("reconstructed_schedulers_with_evict_leader.json"));
        Schedulers schedulers = SchedulerParser.schedulers(names,
                SchedulerParser.evictLeaderStores(Fixtures.json("reconstructed_evict_leader_config_list.json")), true);

        assertThat(schedulers.has(Schedulers.EVICT_LEADER)).isTrue();
        assertThat(schedulers.evictLeaderStores()).containsExactly(4L);
        assertThat(schedulers.explainsLeaderMovesOf(4)).isTrue();
        assertThat(schedulers.explainsLeaderMovesOf(5)).isFalse();
    }

    @Test
    void pdThreeNamedOneSchedulerPerStore() {
        Schedulers schedulers = SchedulerParser.schedulers(List.of("balance-leader-scheduler", "evict-leader-scheduler-7"),
                Set.of(), false);

        assertThat(schedulers.explainsLeaderMovesOf(7)).isTrue();
        assertThat(schedulers.explainsLeaderMovesOf(1)).isFalse();
    }

    @Test
    void defaultSchedulersExplainNothing() {
        Schedulers defaults = SchedulerParser.schedulers(
                SchedulerParser.names(Fixtures.json("reconstructed_schedulers_default.json")), Set.of(), true);

        assertThat(defaults.explainsLeaderMovesOf(1)).isFalse();
    }

    @Test
    void errorBodiesAreUnquotedAndMadeSafe() {
        assertThat(PdErrorBody.message(bytes(Fixtures.text("error_not_bootstrapped_500.json"))))
                .isEqualTo("[PD:cluster:ErrNotBootstrapped]TiKV cluster not bootstrapped, please start TiKV first");
        assertThat(PdErrorBody.message(bytes("<html>\u001b[31mBad Gateway</html>"))).isEqualTo("<html>\\e[31mBad Gateway</html>");
        assertThat(PdErrorBody.message(bytes(""))).isEqualTo("(empty body)");
        assertThat(PdErrorBody.message(bytes("x".repeat(1000)))).hasSizeLessThanOrEqualTo(PdErrorBody.MAXIMUM_LENGTH);
    }

    @Test
    void endpointsAreNormalised() {
        assertThat(PdEndpoints.parse(List.of("pd-1:2379", "https://pd-2:2379/pd/api/v1/", "http://[::1]:2379", "pd-1:2379")))
                .containsExactly(URI.create("http://pd-1:2379"), URI.create("https://pd-2:2379"), URI.create("http://[::1]:2379"));
        assertThatThrownBy(() -> PdEndpoints.parse(List.of())).isInstanceOf(OpconException.class)
                .hasMessageContaining("PD_ENDPOINT");
        assertThatThrownBy(() -> PdEndpoints.parse(List.of("http://pd:2379?x=1"))).hasMessageContaining("query");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
