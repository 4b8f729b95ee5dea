package dev.opcon.tikv.model;

import java.util.List;
import java.util.Objects;

/**
 * A hot peer from {@code /hotspot/regions/{read|write}}. Flows are per-second rates.
 *
 * @param storeId       the store this peer is on
 * @param replicaStores every store holding a replica of the region
 */
public record HotRegion(Kind kind, long regionId, long storeId, List<Long> replicaStores, boolean leader,
                        double flowBytes, double flowKeys, double flowQuery, long hotDegree) {

    public enum Kind { READ, WRITE }

    public HotRegion {
        Objects.requireNonNull(kind, "kind");
        replicaStores = List.copyOf(replicaStores);
    }
}
