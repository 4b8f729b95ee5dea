package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.RegionHealth;
import dev.opcon.tikv.model.RegionHealth.ClassCount;
import dev.opcon.tikv.model.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code region_health}, one violation per class (the entity): miss-peer regions (warning, critical
 * above 100 as PD's rule intends), down-peer regions (warning), pending-peer regions above 100 (warning;
 * a few are normal while peers catch up).
 */
final class RegionHealthCheck implements ClusterCheck {

    static final String REGION_HEALTH = "region_health";

    private final Thresholds thresholds;

    RegionHealthCheck(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public List<Finding> check(ClusterSnapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        snapshot.regionHealth().ifPresent(health -> {
            ClassCount missPeer = health.missPeer();
            if (missPeer.count() > 0) {
                Severity severity = missPeer.count() > thresholds.missPeerCritical() ? Severity.CRITICAL : Severity.WARNING;
                findings.add(finding("miss-peer", severity, missPeer, "miss a replica", health));
            }
            if (health.downPeer().count() > 0) {
                findings.add(finding("down-peer", Severity.WARNING, health.downPeer(), "have a down peer", health));
            }
            if (health.pendingPeer().count() > thresholds.pendingPeerWarning()) {
                findings.add(finding("pending-peer", Severity.WARNING, health.pendingPeer(),
                        "have a pending peer (more than " + thresholds.pendingPeerWarning() + ")", health));
            }
        });
        return findings;
    }

    private Finding finding(String kind, Severity severity, ClassCount count, String what, RegionHealth health) {
        String examples = count.sampleRegions().isEmpty() ? "" : "; e.g. region " + count.sampleRegions().stream()
                .map(Long::toUnsignedString).collect(Collectors.joining(", "));
        return new Finding(REGION_HEALTH, kind, severity, count.text() + " regions " + what + examples,
                thresholds.graces().regionHealth());
    }
}
