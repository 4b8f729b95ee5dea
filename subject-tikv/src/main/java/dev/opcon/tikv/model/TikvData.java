package dev.opcon.tikv.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The subject data of one observation: {@code data} in {@code opcon check --format json}. Parts are
 * null when their source failed. The whole snapshot rides along, unserialized, for the invariants.
 */
public record TikvData(List<StoreSummary> stores, RegionSummary regions, PdSummary pd,
                       @JsonIgnore ClusterSnapshot snapshot) {

    public TikvData {
        stores = stores == null ? null : List.copyOf(stores);
    }
}
