package dev.opcon.tikv.model;

import java.util.OptionalLong;

/**
 * How a store is doing right now, from its status.
 *
 * @param slowScore            1 is normal, 80 and above is slow, 100 evicts its leaders; empty when
 *                             PD omitted it (PD 7.2 and later omit the zero value)
 * @param leaderTransferPaused true while an evict or grant scheduler blocks leaders (newest PD only)
 */
public record StoreActivity(OptionalLong slowScore, boolean busy, long sendingSnapshots, long receivingSnapshots,
                            boolean leaderTransferPaused) {
}
