package dev.opcon.tikv.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.model.Peer;
import dev.opcon.tikv.model.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one region from {@code /region/id/{id}}: easyjson's compact form (PD 8), the older
 * {@code encoding/json} form, and PD before 5.0 without role names. A missing region is answered
 * differently by version: {@code null} (up to 7.5), an object with id 0 (8.0 to 8.5), or a 404
 * (newer, handled by the caller). The first two give empty here.
 */
public final class RegionParser {

    private RegionParser() {
    }

    public static Optional<Region> region(JsonNode root) {
        if (root == null || root.isNull() || root.isMissingNode()) {
            return Optional.empty();
        }
        if (!root.isObject()) {
            throw OpconException.nonsense("PD answered " + StoreParser.describe(root) + " instead of a region", null);
        }
        long id = JsonFields.unsignedLong(root, "id");
        if (id == 0) {
            return Optional.empty();
        }
        List<Peer> downPeers = new ArrayList<>();
        for (JsonNode downPeer : root.path("down_peers")) {
            downPeers.add(peer(downPeer.path("peer")));
        }
        return Optional.of(new Region(id, JsonFields.text(root, "start_key"), JsonFields.text(root, "end_key"),
                peers(root.path("peers")), leader(root.get("leader")), downPeers, peers(root.path("pending_peers")),
                JsonFields.unsignedLong(root, "approximate_size"), JsonFields.unsignedLong(root, "approximate_keys")));
    }

    private static List<Peer> peers(JsonNode array) {
        List<Peer> peers = new ArrayList<>();
        array.forEach(peer -> peers.add(peer(peer)));
        return peers;
    }

    /** A leaderless region has {@code "leader": {"role_name": ""}}: no id, no store. */
    private static Optional<Peer> leader(JsonNode node) {
        if (node == null || !node.isObject() || JsonFields.unsignedLong(node, "store_id") == 0) {
            return Optional.empty();
        }
        return Optional.of(peer(node));
    }

    static Peer peer(JsonNode node) {
        long role = JsonFields.unsignedLong(node, "role");
        boolean learner = JsonFields.flag(node, "is_learner") || role == 1;
        String roleName = JsonFields.text(node, "role_name");
        if (roleName.isEmpty()) {
            roleName = switch ((int) role) {
                case 1 -> "Learner";
                case 2 -> "IncomingVoter";
                case 3 -> "DemotingVoter";
                default -> learner ? "Learner" : "Voter";
            };
        }
        return new Peer(JsonFields.unsignedLong(node, "id"), JsonFields.unsignedLong(node, "store_id"), roleName, learner);
    }
}
