package dev.opcon.ratelimiter.metrics;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells which node a Prometheus {@code instance} label ("host:port", the scrape target) belongs to.
 * Neither the Java service nor the seed system's service exports a node label, so the scrape
 * target is all there is to go by.
 *
 * <p>Tried in order: the address exactly as the node registered it; the node id (for setups that
 * relabel {@code instance} to the node's name); then the same port on an equivalent host, so that
 * a node registered as {@code localhost:8080} matches a target {@code 127.0.0.1:8080}. The node's
 * base URL counts as a second address.
 */
final class InstanceMatcher {

    private static final String LOOPBACK = "loopback";

    private final Map<String, String> byExactAddress = new HashMap<>();
    private final Map<String, String> byNodeId = new HashMap<>();
    private final Map<String, String> byNormalAddress = new HashMap<>();

    InstanceMatcher(List<NodeEndpoint> nodes) {
        for (NodeEndpoint node : nodes) {
            byNodeId.putIfAbsent(node.nodeId(), node.nodeId());
            for (String address : addressesOf(node)) {
                byExactAddress.putIfAbsent(address, node.nodeId());
                byNormalAddress.putIfAbsent(normal(address), node.nodeId());
            }
        }
    }

    /** The node id the instance belongs to, if any. */
    Optional<String> nodeIdOf(String instance) {
        String exact = byExactAddress.get(instance);
        if (exact != null) {
            return Optional.of(exact);
        }
        String byId = byNodeId.get(instance);
        if (byId != null) {
            return Optional.of(byId);
        }
        return Optional.ofNullable(byNormalAddress.get(normal(instance)));
    }

    private static List<String> addressesOf(NodeEndpoint node) {
        String fromUrl = authorityOf(node.baseUrl());
        if (node.address() == null || node.address().isBlank()) {
            return fromUrl == null ? List.of() : List.of(fromUrl);
        }
        return fromUrl == null ? List.of(node.address()) : List.of(node.address(), fromUrl);
    }

    private static String authorityOf(URI baseUrl) {
        if (baseUrl == null || baseUrl.getHost() == null) {
            return null;
        }
        int port = baseUrl.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(baseUrl.getScheme()) ? 443 : 80;
        }
        return baseUrl.getHost() + ":" + port;
    }

    /** Lower-case host without IPv6 brackets, every loopback name as one, then the port. */
    static String normal(String address) {
        String text = address.strip().toLowerCase(Locale.ROOT);
        int colon = text.lastIndexOf(':');
        boolean hasPort = colon > 0 && text.indexOf(']') < colon && text.substring(colon + 1).matches("\\d+");
        // A bare IPv6 address has colons but no port.
        if (hasPort && text.indexOf(':') != colon && !text.startsWith("[")) {
            hasPort = false;
        }
        String host = hasPort ? text.substring(0, colon) : text;
        String port = hasPort ? text.substring(colon + 1) : "";
        host = host.replace("[", "").replace("]", "");
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1")) {
            host = LOOPBACK;
        }
        return port.isEmpty() ? host : host + ":" + port;
    }
}
