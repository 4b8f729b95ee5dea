package dev.opcon.tikv.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How many regions are in each unhealthy class, read without listing every region.
 *
 * @param regionCount  all regions of the cluster; empty when no source told
 * @param missPeer     regions with fewer replicas than wanted
 * @param downPeer     regions with a peer that stopped answering
 * @param pendingPeer  regions with a peer whose raft log lags
 * @param origin       where the counts come from ("pd /regions/check", "prometheus pd_regions_status")
 */
public record RegionHealth(OptionalLong regionCount, ClassCount missPeer, ClassCount downPeer,
                           ClassCount pendingPeer, String origin) {

    public RegionHealth {
        Objects.requireNonNull(regionCount, "regionCount");
        Objects.requireNonNull(missPeer, "missPeer");
        Objects.requireNonNull(downPeer, "downPeer");
        Objects.requireNonNull(pendingPeer, "pendingPeer");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The count of one class.
     *
     * @param atLeast       true when reading stopped at a cap, so the real count is higher
     * @param sampleRegions the first few region ids of the class, for the operator to look at
     */
    public record ClassCount(long count, boolean atLeast, List<Long> sampleRegions) {

        public static final ClassCount NONE = new ClassCount(0, false, List.of());

        public ClassCount {
            sampleRegions = List.copyOf(sampleRegions);
        }

        public static ClassCount exactly(long count) {
            return new ClassCount(count, false, List.of());
        }

        public String text() {
            return (atLeast ? "≥" : "") + count;
        }
    }
}
