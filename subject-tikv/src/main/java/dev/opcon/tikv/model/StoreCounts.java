package dev.opcon.tikv.model;

/**
 * What a store holds, as its heartbeats tell PD. Sizes are in MiB, as PD sends them.
 *
 * @param pendingPeerCount pending peers on the store (PD 8.2 and later; zero before)
 */
public record StoreCounts(long leaderCount, double leaderWeight, long leaderSizeMebibytes,
                          long regionCount, double regionWeight, long regionSizeMebibytes,
                          long pendingPeerCount, long learnerCount) {
}
