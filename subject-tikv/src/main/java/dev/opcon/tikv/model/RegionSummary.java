package dev.opcon.tikv.model;

/**
 * {@code data.regions}: the region count and the unhealthy classes.
 *
 * @param count   null when no source told
 * @param atLeast true when a class count stopped at the reading cap, so it is a lower bound
 */
public record RegionSummary(Long count, long missPeer, long downPeer, long pendingPeer, boolean atLeast,
                            String origin) {

    public static RegionSummary of(RegionHealth health) {
        boolean atLeast = health.missPeer().atLeast() || health.downPeer().atLeast() || health.pendingPeer().atLeast();
        return new RegionSummary(health.regionCount().isPresent() ? health.regionCount().getAsLong() : null,
                health.missPeer().count(), health.downPeer().count(), health.pendingPeer().count(), atLeast,
                health.origin());
    }
}
