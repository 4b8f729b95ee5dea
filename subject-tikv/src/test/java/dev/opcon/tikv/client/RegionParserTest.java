package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.tikv.Fixtures;
import dev.opcon.tikv.model.Peer;
import dev.opcon.tikv.model.Region;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionParserTest {

    @Test
    void readsCompactUnhealthyRegion() {
        Region region = RegionParser.region(Fixtures.json("reconstructed_region_v8.5_id_2048_unhealthy.json")).orElseThrow();

        assertThat(region.id()).isEqualTo(2048);
        assertThat(region.peers()).extracting(Peer::storeId).containsExactly(1L, 5L);
        assertThat(region.leader()).hasValueSatisfying(leader -> assertThat(leader.storeId()).isEqualTo(1));
        assertThat(region.downPeers()).extracting(Peer::storeId).containsExactly(5L);
        assertThat(region.pendingPeers()).extracting(Peer::storeId).containsExactly(5L);
        assertThat(region.approximateSizeMebibytes()).isEqualTo(102);
    }

    @Test
    void readsEveryRole() {
        List<Peer> peers = new ArrayList<>();
        Fixtures.json("pdtest_peers_all_roles.json").forEach(peer -> peers.add(RegionParser.peer(peer)));

        assertThat(peers).extracting(Peer::roleName).containsExactly("Voter", "Learner", "IncomingVoter", "DemotingVoter");
        assertThat(peers).extracting(Peer::learner).containsExactly(false, true, false, false);
    }

    @Test
    void readsPdBeforeRoleNames() {
        Region region = RegionParser.region(Fixtures.json("verbatim_region_docs_pd-control_2.json")).orElseThrow();

        assertThat(region.peers()).singleElement().satisfies(peer -> assertThat(peer.roleName()).isEqualTo("Voter"));
        assertThat(RegionParser.region(Fixtures.json("verbatim_region_v5_with_learner.json")).orElseThrow().peers())
                .extracting(Peer::learner).containsExactly(false, true);
    }

    @Test
    void leaderlessRegionHasNoLeader() {
        JsonNode leaderless = Fixtures.json("reconstructed_regions_v8.5_compact.json").path("regions").get(4);

        assertThat(RegionParser.region(leaderless).orElseThrow().leader()).isEmpty();
    }

    @Test
    void nullAndZeroObjectAreNotFound() {
        assertThat(RegionParser.region(Fixtures.parse("null"))).isEmpty();
        assertThat(RegionParser.region(Fixtures.json("reconstructed_region_v8.5_missing_id_zero_object.json"))).isEmpty();
    }
}
