package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SkewedKeysTest {

    @Test
    void namesCarryTheirRankHottestFirst() {
        SkewedKeys keys = new SkewedKeys(50);

        assertThat(keys.names()).hasSize(50).startsWith("user-01", "user-02").endsWith("user-50");
        assertThat(keys.byRank(3)).isEqualTo("user-03");
        assertThat(keys.byRank(99)).isEqualTo("user-50");
    }

    @Test
    void aFewKeysTakeMostOfTheTraffic() {
        SkewedKeys keys = new SkewedKeys(50);
        Map<String, Integer> picks = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int draw = 0; draw < 100_000; draw++) {
            picks.merge(keys.pick(random), 1, Integer::sum);
        }

        assertThat(picks.get("user-01")).isGreaterThan(picks.get("user-10") * 8);
        double topFive = (picks.get("user-01") + picks.get("user-02") + picks.get("user-03") + picks.get("user-04")
                + picks.get("user-05")) / 100_000.0;
        assertThat(topFive).isBetween(0.45, 0.65);
        assertThat(picks).containsKey("user-50");
    }

    @Test
    void theDemoRateMakesOnlyTheHotKeysReachTheirLimit() {
        SkewedKeys keys = new SkewedKeys(DemoSettings.DEFAULT_KEYS);
        double perWindow = DemoSettings.DEFAULT_REQUESTS_PER_SECOND * DemoSettings.WINDOW.toSeconds();

        long overLimit = keys.names().stream().filter(name -> {
            int rank = keys.names().indexOf(name) + 1;
            return keys.share(rank) * perWindow > DemoSettings.DEFAULT_LIMIT;
        }).count();

        assertThat(overLimit).isBetween(3L, 12L);
    }

    @Test
    void refusesAnEmptyKeySet() {
        assertThatThrownBy(() -> new SkewedKeys(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
