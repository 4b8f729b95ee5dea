package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.tikv.Fixtures;
import dev.opcon.tikv.model.HotRegion;
import dev.opcon.tikv.model.StoreRates;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotspotParserTest {

    @Test
    void hottestLeadersComeFirst() {
        List<HotRegion> read = HotspotParser.hotRegions(HotRegion.Kind.READ,
                Fixtures.json("reconstructed_hotspot_regions_read_v8.5.json"), 10);

        assertThat(read).extracting(HotRegion::regionId).containsExactly(2L, 3501L);
        HotRegion hottest = read.get(0);
        assertThat(hottest.storeId()).isEqualTo(1);
        assertThat(hottest.leader()).isTrue();
        assertThat(hottest.replicaStores()).containsExactly(1L, 4L, 5L);
        assertThat(hottest.flowBytes()).isEqualTo(41_943_040);
        assertThat(hottest.hotDegree()).isEqualTo(12);
    }

    @Test
    void limitKeepsTheHottest() {
        assertThat(HotspotParser.hotRegions(HotRegion.Kind.READ,
                Fixtures.json("reconstructed_hotspot_regions_read_v8.5.json"), 1)).extracting(HotRegion::regionId)
                .containsExactly(2L);
    }

    @Test
    void nothingHotIsEmpty() {
        assertThat(HotspotParser.hotRegions(HotRegion.Kind.WRITE,
                Fixtures.json("reconstructed_hotspot_regions_write_v8.5_nothing_hot.json"), 10)).isEmpty();
    }

    @Test
    void readsPdThreeLegacyShape() {
        List<HotRegion> legacy = HotspotParser.hotRegions(HotRegion.Kind.READ,
                Fixtures.json("verbatim_minus_comment_hotspot_read_legacy_v3.json"), 10);

        assertThat(legacy).singleElement().satisfies(region -> {
            assertThat(region.regionId()).isEqualTo(44);
            assertThat(region.storeId()).isEqualTo(1);
            assertThat(region.flowBytes()).isEqualTo(248_548);
        });
    }

    @Test
    void readsStoreRates() {
        StoreRates rates = HotspotParser.storeRates(Fixtures.json("reconstructed_hotspot_stores_v8.5.json"));

        assertThat(rates.byStore()).containsOnlyKeys(1L, 4L, 5L);
        assertThat(rates.of(4).orElseThrow().queries()).isEqualTo(13107.2 + 1536);
        assertThat(rates.of(1).orElseThrow().readBytes()).isEqualTo(52_428_800);
    }
}
