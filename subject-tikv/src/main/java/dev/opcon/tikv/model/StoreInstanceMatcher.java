package dev.opcon.tikv.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairs Prometheus {@code instance} labels with stores. In TiUP deployments the instance is the
 * store's {@code status_address}; when that is absent or wrong (a capture shows {@code 127.0.0.1:20180}
 * on every store), the host of the store's {@code address} decides, as long as only one store runs
 * on that host.
 */
public final class StoreInstanceMatcher {

    private StoreInstanceMatcher() {
    }

    /** @param unmatched instances that matched no store, sorted */
    public record Matches(Map<Long, InstanceMetrics> byStore, List<String> unmatched) {

        public Matches {
            byStore = Map.copyOf(byStore);
            unmatched = List.copyOf(unmatched);
        }
    }

    public static Matches match(List<Store> stores, MetricsSnapshot metrics) {
        Map<String, Store> byStatusAddress = new HashMap<>();
        Map<String, List<Store>> byHost = new HashMap<>();
        for (Store store : stores) {
            if (!store.statusAddress().isEmpty()) {
                byStatusAddress.put(normalize(store.statusAddress()), store);
            }
            byHost.computeIfAbsent(hostOf(store.address()), unused -> new ArrayList<>()).add(store);
        }
        Map<Long, InstanceMetrics> byStore = new HashMap<>();
        Set<String> unmatched = new HashSet<>(metrics.byInstance().keySet());
        metrics.byInstance().forEach((instance, values) -> {
            Store store = byStatusAddress.get(normalize(instance));
            if (store != null) {
                byStore.put(store.id(), values);
                unmatched.remove(instance);
            }
        });
        metrics.byInstance().forEach((instance, values) -> {
            if (!unmatched.contains(instance)) {
                return;
            }
            List<Store> onHost = byHost.getOrDefault(hostOf(instance), List.of());
            if (onHost.size() == 1 && !byStore.containsKey(onHost.get(0).id())) {
                byStore.put(onHost.get(0).id(), values);
                unmatched.remove(instance);
            }
        });
        return new Matches(byStore, unmatched.stream().sorted().toList());
    }

    /** The host of {@code host:port}, {@code [v6]:port} or a bare host, lower case. */
    static String hostOf(String address) {
        String text = normalize(address);
        int scheme = text.indexOf("://");
        if (scheme >= 0) {
            text = text.substring(scheme + 3);
        }
        int slash = text.indexOf('/');
        if (slash >= 0) {
            text = text.substring(0, slash);
        }
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            return end > 0 ? text.substring(1, end) : text;
        }
        int colon = text.lastIndexOf(':');
        return colon >= 0 && text.indexOf(':') == colon ? text.substring(0, colon) : text;
    }

    private static String normalize(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
