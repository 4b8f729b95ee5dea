package dev.opcon.tikv.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PD and Prometheus for a {@link GeneratedCluster}, on a loopback JDK HttpServer. Counts the requests,
 * and the ones that would list every region ({@code GET /regions}) or write, which must stay at zero.
 */
final class ClusterStubServer implements AutoCloseable {

    private static final String API = "/pd/api/v1";

    private final GeneratedCluster cluster;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, String> fixed = new HashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong fullRegionScans = new AtomicLong();
    private final AtomicLong nonGetRequests = new AtomicLong();
    /** Every distinct request target (path and query) since {@link #forgetTargets()}, for the raw-GET baseline. */
    private final Set<String> requestTargets = ConcurrentHashMap.newKeySet();

    ClusterStubServer(GeneratedCluster cluster) throws IOException {
        this.cluster = cluster;
        fixed.put(API + "/stores", cluster.stores());
        fixed.put(API + "/members", cluster.members());
        fixed.put(API + "/health", cluster.health());
        fixed.put(API + "/cluster/status", "{\"raft_bootstrap_time\":\"2024-11-02T14:21:07.318255142+08:00\","
                + "\"is_initialized\":true,\"replication_status\":\"\"}");
        fixed.put(API + "/regions/count", "{\"count\":" + cluster.regionCount + ",\"regions\":null}");
        fixed.put(API + "/hotspot/stores", cluster.hotspotStores());
        fixed.put(API + "/hotspot/regions/write", cluster.hotRegions());
        fixed.put(API + "/hotspot/regions/read", cluster.hotRegions());
        fixed.put(API + "/schedulers", "[\"balance-hot-region-scheduler\",\"balance-leader-scheduler\","
                + "\"balance-region-scheduler\",\"evict-slow-store-scheduler\"]");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long requests() {
        return requests.get();
    }

    long fullRegionScans() {
        return fullRegionScans.get();
    }

    long nonGetRequests() {
        return nonGetRequests.get();
    }

    void forgetTargets() {
        requestTargets.clear();
    }

    /** The distinct requests made since {@link #forgetTargets()}, as URIs to ask again. */
    List<URI> targets() {
        return requestTargets.stream().sorted().map(target -> URI.create(baseUrl() + target)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            requestTargets.add(exchange.getRequestURI().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery));
            if (!exchange.getRequestMethod().equals("GET")) {
                nonGetRequests.incrementAndGet();
                send(exchange, 405, "\"only GET in the benchmark\"");
                return;
            }
            String body = fixed.get(path);
            if (body != null) {
                send(exchange, 200, body);
            } else if (path.equals(API + "/regions")) {
                fullRegionScans.incrementAndGet();
                stream(exchange, cluster.regionCount);
            } else if (path.startsWith(API + "/regions/check/")) {
                stream(exchange, path.endsWith("pending-peer") ? cluster.pendingPeerRegions : 0);
            } else if (path.startsWith(API + "/region/id/")) {
                send(exchange, 200, cluster.region(Long.parseLong(path.substring((API + "/region/id/").length()))));
            } else if (path.equals("/api/v1/query")) {
                send(exchange, 200, prometheus(parameters(rawQuery).getOrDefault("query", "")));
            } else if (path.equals("/api/v1/query_range")) {
                Map<String, String> parameters = parameters(rawQuery);
                send(exchange, 200, cluster.clusterTotalsMatrix(Double.parseDouble(parameters.get("start")),
                        Double.parseDouble(parameters.get("end")), Double.parseDouble(parameters.get("step"))));
            } else {
                send(exchange, 404, "\"not found\"");
            }
        } catch (IOException clientWentAway) {
            // The subject stops reading a region check after its count: the rest of the body has no reader.
        }
    }

    private String prometheus(String query) {
        if (query.contains("pd_regions_status")) {
            return cluster.regionStatusVector();
        }
        if (query.contains("pd_cluster_status")) {
            return cluster.regionCountVector();
        }
        if (query.contains("tikv_store_size_bytes")) {
            return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";
        }
        return cluster.instanceVector(query.contains("histogram_quantile") ? 0.004 : 1000);
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : (rawQuery == null ? "" : rawQuery).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void stream(HttpExchange exchange, long count) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            cluster.writeRegions(out, count);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
