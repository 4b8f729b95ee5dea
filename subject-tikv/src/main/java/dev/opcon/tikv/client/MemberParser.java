package dev.opcon.tikv.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.model.ClusterStatus;
import dev.opcon.tikv.model.PdMember;
import dev.opcon.tikv.model.PdMemberHealth;
import dev.opcon.tikv.model.PdMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code /members}, {@code /health} and {@code /cluster/status}. Member ids are unsigned 64-bit. */
public final class MemberParser {

    private MemberParser() {
    }

    public static PdMembers members(JsonNode root) {
        if (!root.isObject()) {
            throw OpconException.nonsense("PD answered " + StoreParser.describe(root) + " instead of its members", null);
        }
        List<PdMember> members = new ArrayList<>();
        for (JsonNode member : root.path("members")) {
            members.add(member(member));
        }
        return new PdMembers(JsonFields.bigInteger(root.path("header"), "cluster_id"), members,
                optionalMember(root.get("leader")), optionalMember(root.get("etcd_leader")));
    }

    public static List<PdMemberHealth> health(JsonNode root) {
        if (!root.isArray()) {
            throw OpconException.nonsense("PD answered " + StoreParser.describe(root)
                    + " instead of a list of member health", null);
        }
        List<PdMemberHealth> health = new ArrayList<>();
        for (JsonNode member : root) {
            health.add(new PdMemberHealth(JsonFields.text(member, "name"), JsonFields.bigInteger(member, "member_id"),
                    JsonFields.texts(member, "client_urls"), JsonFields.flag(member, "health")));
        }
        return health;
    }

    public static ClusterStatus clusterStatus(JsonNode root) {
        if (!root.isObject()) {
            throw OpconException.nonsense("PD answered " + StoreParser.describe(root)
                    + " instead of the cluster status", null);
        }
        return new ClusterStatus(JsonFields.time(root, "raft_bootstrap_time"), JsonFields.flag(root, "is_initialized"),
                JsonFields.text(root, "replication_status"));
    }

    /** A leader that is absent, null or empty (no name and no id) means there is none right now. */
    private static Optional<PdMember> optionalMember(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        PdMember member = member(node);
        return member.name().isEmpty() && member.memberId().signum() == 0 ? Optional.empty() : Optional.of(member);
    }

    private static PdMember member(JsonNode node) {
        return new PdMember(JsonFields.text(node, "name"), JsonFields.bigInteger(node, "member_id"),
                JsonFields.texts(node, "client_urls"), JsonFields.text(node, "binary_version"));
    }
}
