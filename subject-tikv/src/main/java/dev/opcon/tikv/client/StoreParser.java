package dev.opcon.tikv.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import dev.opcon.tikv.model.Engine;
import dev.opcon.tikv.model.Label;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreActivity;
import dev.opcon.tikv.model.StoreCounts;
import dev.opcon.tikv.model.StoreSpace;
import dev.opcon.tikv.model.StoreState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code /stores} and {@code /store/{id}} as every PD version since 3.0 writes them: sizes as
 * strings, {@code state_name} as the only state (the numeric {@code state} and {@code node_state} are
 * omitted when zero), Go durations, and fields that come and go between versions.
 */
public final class StoreParser {

    private StoreParser() {
    }

    public static List<Store> stores(JsonNode root) {
        if (!root.isObject()) {
            throw OpconException.nonsense("PD answered " + describe(root) + " instead of an object with stores", null);
        }
        List<Store> stores = new ArrayList<>();
        for (JsonNode entry : root.path("stores")) {
            stores.add(store(entry));
        }
        return stores;
    }

    public static Store store(JsonNode entry) {
        JsonNode meta = entry.path("store");
        JsonNode status = entry.path("status");
        if (!meta.isObject()) {
            throw OpconException.nonsense("PD listed a store without its \"store\" object", null);
        }
        long id = JsonFields.unsignedLong(meta, "id");
        try {
            List<Label> labels = labels(meta);
            return new Store(id, JsonFields.text(meta, "address"), JsonFields.text(meta, "status_address"),
                    JsonFields.text(meta, "version"), labels, Engine.fromLabels(labels),
                    StoreState.fromStateName(JsonFields.text(meta, "state_name")), stateName(meta),
                    lastHeartbeat(meta, status), uptime(status), space(status), counts(status), activity(status));
        } catch (IllegalArgumentException unreadable) {
            throw OpconException.nonsense("PD described store " + Long.toUnsignedString(id)
                    + " with something unreadable: " + SafeText.of(unreadable.getMessage()), unreadable);
        }
    }

    private static String stateName(JsonNode meta) {
        String name = JsonFields.text(meta, "state_name");
        if (!name.isEmpty()) {
            return name;
        }
        // PD older than 2.1 sent only the number: 0 Up, 1 Offline, 2 Tombstone.
        return switch ((int) JsonFields.unsignedLong(meta, "state")) {
            case 1 -> "Offline";
            case 2 -> "Tombstone";
            default -> "Up";
        };
    }

    private static List<Label> labels(JsonNode meta) {
        List<Label> labels = new ArrayList<>();
        for (JsonNode label : meta.path("labels")) {
            labels.add(new Label(JsonFields.text(label, "key"), JsonFields.text(label, "value")));
        }
        return labels;
    }

    private static Optional<Instant> lastHeartbeat(JsonNode meta, JsonNode status) {
        return JsonFields.epochNanos(meta, "last_heartbeat").or(() -> JsonFields.time(status, "last_heartbeat_ts"));
    }

    private static Optional<Duration> uptime(JsonNode status) {
        String uptime = JsonFields.text(status, "uptime");
        return uptime.isEmpty() ? Optional.empty() : Optional.of(GoDurations.parse(uptime));
    }

    private static StoreSpace space(JsonNode status) {
        return new StoreSpace(size(status, "capacity"), size(status, "available"), size(status, "used_size"));
    }

    private static long size(JsonNode status, String field) {
        JsonNode value = status.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (value.isNumber()) {
            return value.longValue();
        }
        try {
            return ByteSizes.parse(value.asText());
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalArgumentException(field + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private static StoreCounts counts(JsonNode status) {
        return new StoreCounts(JsonFields.unsignedLong(status, "leader_count"), weight(status, "leader_weight"),
                JsonFields.unsignedLong(status, "leader_size"), JsonFields.unsignedLong(status, "region_count"),
                weight(status, "region_weight"), JsonFields.unsignedLong(status, "region_size"),
                JsonFields.unsignedLong(status, "pending_peer_count"), JsonFields.unsignedLong(status, "learner_count"));
    }

    /** A weight PD left out is PD's default, 1. */
    private static double weight(JsonNode status, String field) {
        return JsonFields.present(status, field) ? JsonFields.number(status, field) : 1;
    }

    private static StoreActivity activity(JsonNode status) {
        return new StoreActivity(JsonFields.optionalUnsignedLong(status, "slow_score"), JsonFields.flag(status, "is_busy"),
                JsonFields.unsignedLong(status, "sending_snap_count"), JsonFields.unsignedLong(status, "receiving_snap_count"),
                JsonFields.flag(status, "pause_leader_transfer_in") || JsonFields.flag(status, "pause_leader_transfer_out"));
    }

    static String describe(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return "null";
        }
        return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isObject() ? "an object" : "a "
                + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
