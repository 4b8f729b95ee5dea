package dev.opcon.tikv.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One region from {@code /region/id/{id}}. Keys are PD's uppercase hex; sizes in MiB.
 *
 * @param leader empty while the region has no leader (PD sends {@code {"role_name":""}})
 */
public record Region(long id, String startKey, String endKey, List<Peer> peers, Optional<Peer> leader,
                     List<Peer> downPeers, List<Peer> pendingPeers, long approximateSizeMebibytes,
                     long approximateKeys) {

    public Region {
        Objects.requireNonNull(startKey, "startKey");
        Objects.requireNonNull(endKey, "endKey");
        peers = List.copyOf(peers);
        Objects.requireNonNull(leader, "leader");
        downPeers = List.copyOf(downPeers);
        pendingPeers = List.copyOf(pendingPeers);
    }
}
