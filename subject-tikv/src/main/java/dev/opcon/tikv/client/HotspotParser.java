package dev.opcon.tikv.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import dev.opcon.tikv.model.HotRegion;
import dev.opcon.tikv.model.StoreRate;
import dev.opcon.tikv.model.StoreRates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code /hotspot/regions/{read|write}} and {@code /hotspot/stores}. Maps are keyed by store id
 * as a string; flows are per-second rates. PD 3.x sent {@code "as_peer": null} and capitalised keys.
 */
public final class HotspotParser {

    private HotspotParser() {
    }

    /** The hottest leader peers (peers when PD sent no leaders), highest byte flow first. */
    public static List<HotRegion> hotRegions(HotRegion.Kind kind, JsonNode root, int limit) {
        if (!root.isObject()) {
            throw OpconException.nonsense("PD answered " + StoreParser.describe(root) + " instead of hot regions", null);
        }
        JsonNode byStore = root.path("as_leader");
        boolean leaders = byStore.isObject() && byStore.size() > 0;
        if (!leaders) {
            byStore = root.path("as_peer");
        }
        List<HotRegion> regions = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> stores = byStore.fields();
        while (stores.hasNext()) {
            Map.Entry<String, JsonNode> store = stores.next();
            long storeId = storeId(store.getKey());
            for (JsonNode peer : store.getValue().path("statistics")) {
                regions.add(hotRegion(kind, storeId, leaders, peer));
            }
        }
        return regions.stream()
                .sorted(Comparator.comparingDouble(HotRegion::flowBytes).reversed()
                        .thenComparingLong(HotRegion::regionId))
                .limit(limit)
                .toList();
    }

    public static StoreRates storeRates(JsonNode root) {
        if (!root.isObject()) {
            throw OpconException.nonsense("PD answered " + StoreParser.describe(root) + " instead of store rates", null);
        }
        Map<Long, double[]> rates = new HashMap<>();
        String[] fields = {"bytes-read-rate", "bytes-write-rate", "keys-read-rate", "keys-write-rate",
            "query-read-rate", "query-write-rate"};
        for (int index = 0; index < fields.length; index++) {
            Iterator<Map.Entry<String, JsonNode>> stores = root.path(fields[index]).fields();
            while (stores.hasNext()) {
                Map.Entry<String, JsonNode> store = stores.next();
                rates.computeIfAbsent(storeId(store.getKey()), unused -> new double[6])[index] =
                        store.getValue().asDouble();
            }
        }
        Map<Long, StoreRate> byStore = new HashMap<>();
        rates.forEach((storeId, values) -> byStore.put(storeId,
                new StoreRate(values[0], values[1], values[2], values[3], values[4], values[5])));
        return new StoreRates(byStore);
    }

    private static HotRegion hotRegion(HotRegion.Kind kind, long storeId, boolean leaders, JsonNode peer) {
        List<Long> replicas = new ArrayList<>();
        peer.path("stores").forEach(replica -> replicas.add(replica.bigIntegerValue().longValue()));
        long peerStore = JsonFields.present(peer, "store_id") ? JsonFields.unsignedLong(peer, "store_id") : storeId;
        boolean leader = JsonFields.present(peer, "is_leader") ? JsonFields.flag(peer, "is_leader") : leaders;
        return new HotRegion(kind, JsonFields.unsignedLong(peer, "region_id"), peerStore, replicas, leader,
                JsonFields.number(peer, "flow_bytes"), JsonFields.number(peer, "flow_keys"),
                JsonFields.number(peer, "flow_query"), JsonFields.unsignedLong(peer, "hot_degree"));
    }

    private static long storeId(String key) {
        try {
            return Long.parseUnsignedLong(key.trim());
        } catch (NumberFormatException notAnId) {
            throw OpconException.nonsense("PD keyed hotspot data by '" + SafeText.of(key)
                    + "', which is not a store id", notAnId);
        }
    }
}
