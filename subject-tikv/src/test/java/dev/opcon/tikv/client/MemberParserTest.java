package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.tikv.Fixtures;
import dev.opcon.tikv.model.PdMemberHealth;
import dev.opcon.tikv.model.PdMembers;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberParserTest {

    @Test
    void readsUnsignedMemberIdsAndTheLeader() {
        PdMembers members = MemberParser.members(Fixtures.json("reconstructed_members_3.json"));

        assertThat(members.clusterId()).isEqualTo(new BigInteger("7381622340542355729"));
        assertThat(members.members()).hasSize(3);
        assertThat(members.members().get(1).memberId()).isEqualTo(new BigInteger("13195394291058371180"));
        assertThat(members.leader()).hasValueSatisfying(leader -> assertThat(leader.name()).isEqualTo("pd-10.0.1.2-2379"));
        assertThat(members.isLeader(members.members().get(1))).isTrue();
        assertThat(members.isLeader(members.members().get(0))).isFalse();
    }

    @Test
    void readsOlderCapture() {
        PdMembers members = MemberParser.members(Fixtures.json("verbatim_members_v5.4.0.json"));

        assertThat(members.members()).singleElement().satisfies(member ->
                assertThat(member.clientUrls()).containsExactly("https://10.0.1.185:2379"));
    }

    @Test
    void absentNullOrEmptyLeaderIsNoLeader() {
        assertThat(MemberParser.members(Fixtures.parse("{\"members\": []}")).leader()).isEmpty();
        assertThat(MemberParser.members(Fixtures.parse("{\"members\": [], \"leader\": null}")).leader()).isEmpty();
        assertThat(MemberParser.members(Fixtures.parse("{\"members\": [], \"leader\": {}}")).leader()).isEmpty();
    }

    @Test
    void readsHealthAndClusterStatus() {
        assertThat(MemberParser.health(Fixtures.json("reconstructed_health_3_members.json")))
                .extracting(PdMemberHealth::healthy).containsExactly(true, true, true);
        var status = MemberParser.clusterStatus(Fixtures.json("reconstructed_cluster_status.json"));
        assertThat(status.initialized()).isTrue();
        assertThat(status.raftBootstrapTime()).contains(Instant.parse("2024-11-02T06:21:07.318255142Z"));
        assertThat(MemberParser.clusterStatus(Fixtures.parse(
                "{\"raft_bootstrap_time\": \"0001-01-01T00:00:00Z\", \"is_initialized\": false}")).raftBootstrapTime())
                .isEmpty();
    }
}
