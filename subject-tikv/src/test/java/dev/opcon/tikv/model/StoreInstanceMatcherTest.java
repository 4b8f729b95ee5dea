package dev.opcon.tikv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StoreInstanceMatcherTest {

    private static InstanceMetrics qps(double value) {
        return new InstanceMetrics(OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    @Test
    void statusAddressIsTheInstance() {
        var matches = StoreInstanceMatcher.match(List.of(TestStores.tikv(1, 0), TestStores.tikv(2, 0)),
                new MetricsSnapshot(Map.of("10.0.0.1:20180", qps(1), "10.0.0.2:20180", qps(2), "10.9.9.9:20180", qps(3))));

        assertThat(matches.byStore()).containsOnlyKeys(1L, 2L);
        assertThat(matches.byStore().get(2L).queriesPerSecond()).hasValue(2);
        assertThat(matches.unmatched()).containsExactly("10.9.9.9:20180");
    }

    @Test
    void wrongStatusAddressFallsBackToTheHost() {
        Store wrong = TestStores.store(1, "10.0.1.11:20160", "127.0.0.1:20180", List.of(), StoreState.UP, 0, 1, 1);

        var matches = StoreInstanceMatcher.match(List.of(wrong), new MetricsSnapshot(Map.of("10.0.1.11:20180", qps(5))));

        assertThat(matches.byStore()).containsOnlyKeys(1L);
    }

    @Test
    void twoStoresOnOneHostAreNotGuessed() {
        Store first = TestStores.store(1, "10.0.0.1:20160", "", List.of(), StoreState.UP, 0, 1, 1);
        Store second = TestStores.store(2, "10.0.0.1:20161", "", List.of(), StoreState.UP, 0, 1, 1);

        var matches = StoreInstanceMatcher.match(List.of(first, second), new MetricsSnapshot(Map.of("10.0.0.1:20180", qps(5))));

        assertThat(matches.byStore()).isEmpty();
        assertThat(matches.unmatched()).containsExactly("10.0.0.1:20180");
    }

    @Test
    void hostsOfEveryAddressForm() {
        assertThat(StoreInstanceMatcher.hostOf("10.0.0.1:20160")).isEqualTo("10.0.0.1");
        assertThat(StoreInstanceMatcher.hostOf("[::1]:20160")).isEqualTo("::1");
        assertThat(StoreInstanceMatcher.hostOf("TiKV-0.tikv-peer:20160")).isEqualTo("tikv-0.tikv-peer");
        assertThat(StoreInstanceMatcher.hostOf("http://10.0.0.1:20180/metrics")).isEqualTo("10.0.0.1");
    }
}
