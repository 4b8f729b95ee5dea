package dev.opcon.tikv.model;

import java.util.Objects;

/** A region's peer. PD before 5.0 sends no role name; it is then "Voter" or "Learner" from the other fields. */
public record Peer(long id, long storeId, String roleName, boolean learner) {

    public Peer {
        Objects.requireNonNull(roleName, "roleName");
    }
}
