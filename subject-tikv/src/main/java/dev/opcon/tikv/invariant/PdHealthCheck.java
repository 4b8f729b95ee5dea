package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.PdMemberHealth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pd_unhealthy}: a member {@code /health} calls unhealthy (warning; critical once healthy
 * members are no majority, since PD then has no quorum), or {@code /members} names no leader
 * (critical, cluster-wide: no TSO, no scheduling).
 */
final class PdHealthCheck implements ClusterCheck {

    static final String PD_UNHEALTHY = "pd_unhealthy";

    @Override
    public List<Finding> check(ClusterSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        snapshot.health().ifPresent(members -> {
            long healthy = members.stream().filter(PdMemberHealth::healthy).count();
            boolean quorumLost = healthy * 2 <= members.size();
            for (PdMemberHealth member : members) {
                if (!member.healthy()) {
                    findings.add(new Finding(PD_UNHEALTHY, member.entity(), quorumLost ? Severity.CRITICAL : Severity.WARNING,
                            "PD member " + member.entity() + " is unhealthy; " + healthy + " of " + members.size()
                                    + " members healthy" + (quorumLost ? ": PD has lost its quorum" : ""), Duration.ZERO));
                }
            }
        });
        snapshot.members().filter(members -> members.leader().isEmpty()).ifPresent(members ->
                findings.add(new Finding(PD_UNHEALTHY, "", Severity.CRITICAL,
                        "PD has no leader (" + members.members().size() + " members): no timestamps, no scheduling",
                        Duration.ZERO)));
        return findings;
    }
}
