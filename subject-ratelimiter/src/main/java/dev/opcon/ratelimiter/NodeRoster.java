package dev.opcon.ratelimiter;

import dev.opcon.ratelimiter.client.HttpUrls;
import dev.opcon.ratelimiter.model.ManagementSnapshot;
import dev.opcon.ratelimiter.model.ProbeTarget;
import dev.opcon.ratelimiter.model.RegisteredNode;
import dev.opcon.ratelimiter.model.Registration;
import dev.opcon.ratelimiter.model.SourceNames;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every node the console knows of: registered now, seen registered before, or configured. A node
 * is never forgotten, so one that stops shows as Down instead of silently leaving the list (the
 * seed system's weakness). Configured URLs are matched to node ids by address, or by the
 * {@code node_id} their {@code /health} reported.
 */
final class NodeRoster {

    static final String SOURCE_PREFIX = SourceNames.NODE_PREFIX;

    private record Remembered(String address, Optional<URI> baseUrl, Optional<Instant> registeredAt) {
    }

    private final List<URI> configuredUrls;
    private final String scheme;
    private final Map<String, Remembered> seen = new LinkedHashMap<>();
    private final Map<URI, String> identifiedUrls = new HashMap<>();
    private boolean listedOnce;

    NodeRoster(List<URI> configuredUrls) {
        this.configuredUrls = List.copyOf(configuredUrls);
        this.scheme = configuredUrls.isEmpty() ? "http" : configuredUrls.get(0).getScheme();
    }

    /**
     * The nodes known before this refresh reads the registry, with their registration unknown; none
     * before the first refresh, since until then the roster knows URLs, not the nodes behind them.
     */
    synchronized List<ProbeTarget> knownTargets() {
        return listedOnce ? targets(Optional.empty()) : List.of();
    }

    /** The nodes to probe this refresh; remembers the registered ones. */
    synchronized List<ProbeTarget> targets(Optional<ManagementSnapshot> management) {
        listedOnce = true;
        Set<String> registeredNow = new HashSet<>();
        management.ifPresent(snapshot -> snapshot.nodes().forEach(node -> {
            registeredNow.add(node.id());
            seen.put(node.id(), remember(node));
        }));
        List<ProbeTarget> targets = new ArrayList<>();
        Set<URI> covered = new HashSet<>();
        seen.forEach((id, remembered) -> {
            List<URI> configured = configuredUrls.stream().filter(url -> standsFor(url, id, remembered)).toList();
            covered.addAll(configured);
            targets.add(new ProbeTarget(SOURCE_PREFIX + id, id, remembered.address(), remembered.baseUrl(), true,
                    configured.stream().findFirst(), registration(management, registeredNow, id),
                    remembered.registeredAt()));
        });
        for (URI url : configuredUrls) {
            if (covered.add(url)) {
                String id = identifiedUrls.getOrDefault(url, HttpUrls.authority(url));
                targets.add(new ProbeTarget(SOURCE_PREFIX + id, id, HttpUrls.authority(url), Optional.of(url),
                        identifiedUrls.containsKey(url), Optional.of(url), registration(management, registeredNow, id),
                        Optional.empty()));
            }
        }
        return targets;
    }

    /** A configured URL's {@code /health} said which node answers there. */
    synchronized void identify(URI configuredUrl, String nodeId) {
        identifiedUrls.put(configuredUrl, nodeId);
    }

    private boolean standsFor(URI configuredUrl, String id, Remembered remembered) {
        return id.equals(identifiedUrls.get(configuredUrl)) || remembered.baseUrl()
                .map(baseUrl -> HttpUrls.authority(baseUrl).equals(HttpUrls.authority(configuredUrl))).orElse(false);
    }

    private Remembered remember(RegisteredNode node) {
        return new Remembered(node.address(), baseUrlOf(node.address()), Optional.ofNullable(node.registeredAt()));
    }

    private Optional<URI> baseUrlOf(String address) {
        if (address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI baseUrl = HttpUrls.fromAddress(address, scheme);
            return baseUrl.getHost() == null ? Optional.empty() : Optional.of(baseUrl);
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }

    private static Registration registration(Optional<ManagementSnapshot> management, Set<String> registeredNow, String id) {
        if (management.isEmpty()) {
            return Registration.UNKNOWN;
        }
        return registeredNow.contains(id) ? Registration.REGISTERED : Registration.UNREGISTERED;
    }
}
