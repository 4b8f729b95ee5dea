package dev.opcon.ratelimiter.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopCountersTest {

    @Test
    void keepsOnlyTheBusiestKeysBusiestFirst() {
        TopCounters top = new TopCounters(3);
        for (int index = 0; index < 100_000; index++) {
            top.offer(key("k" + index), index % 1_000, 1_000, 60_000, false);
        }
        top.offer(key("over"), 1_500, 1_000, 60_000, true);

        assertThat(names(top.busiestFirst())).containsExactly("over", "k10999", "k11999"); // equal figures: by name
    }

    @Test
    void anAdmissionUnderLimitZeroOutranksEverythingAndAnEmptyOneIsFull() {
        TopCounters top = new TopCounters(4);
        top.offer(key("half"), 50, 100, 60_000, false);
        top.offer(key("blocked"), 0, 0, 60_000, true);
        top.offer(key("ghost"), 2, 0, 60_000, true);
        top.offer(key("quiet"), 1, 100, 60_000, false);

        assertThat(names(top.busiestFirst())).containsExactly("ghost", "blocked", "half", "quiet");
    }

    @Test
    void tiesGoByCountThenByNameAndAKeySeenTwiceIsKeptOnce() {
        TopCounters top = new TopCounters(5);
        top.offer(key("b"), 10, 100, 60_000, false);
        top.offer(key("a"), 10, 100, 60_000, false);
        top.offer(key("c"), 20, 200, 60_000, false);
        top.offer(key("a"), 10, 100, 60_000, false);

        assertThat(names(top.busiestFirst())).containsExactly("c", "a", "b");
    }

    @Test
    void zeroCapacityKeepsNothing() {
        TopCounters top = new TopCounters(0);
        top.offer(key("a"), 10, 1, 60_000, false);

        assertThat(top.busiestFirst()).isEmpty();
    }

    private static byte[] key(String name) {
        return ("ratelimit:" + name).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(List<TopCounters.Candidate> candidates) {
        return candidates.stream().map(candidate -> CounterKeys.displayName(candidate.redisKey())).toList();
    }
}
