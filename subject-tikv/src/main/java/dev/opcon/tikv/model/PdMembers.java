package dev.opcon.tikv.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** PD's {@code /members}: the members and the leader, which is absent while an election runs. */
public record PdMembers(BigInteger clusterId, List<PdMember> members, Optional<PdMember> leader,
                        Optional<PdMember> etcdLeader) {

    public PdMembers {
        Objects.requireNonNull(clusterId, "clusterId");
        members = List.copyOf(members);
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(etcdLeader, "etcdLeader");
    }

    public boolean isLeader(PdMember member) {
        return leader.map(member::sameAs).orElse(false);
    }
}
