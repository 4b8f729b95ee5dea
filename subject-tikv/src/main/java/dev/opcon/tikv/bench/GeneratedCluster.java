package dev.opcon.tikv.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * The answers of a PD (and a Prometheus) for a made-up cluster of {@code storeCount} stores whose
 * region counts add up to {@code regionCount}. Large answers are written as streams, so the stub's
 * own memory does not grow with the region count either.
 */
final class GeneratedCluster {

    final int storeCount;
    final long regionCount;
    final long pendingPeerRegions;

    GeneratedCluster(int storeCount, long regionCount) {
        this.storeCount = storeCount;
        this.regionCount = regionCount;
        this.pendingPeerRegions = regionCount / 1000;
    }

    String stores() {
        StringBuilder json = new StringBuilder("{\"count\":").append(storeCount).append(",\"stores\":[");
        long now = Instant.now().toEpochMilli() * 1_000_000L;
        for (int index = 0; index < storeCount; index++) {
            long id = index + 1;
            long regions = share(regionCount, index);
            long leaders = share(regionCount / 3, index);
            json.append(index == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                    {"store":{"id":%d,"address":"tikv-%d.bench.invalid:20160","labels":[{"key":"zone","value":"az-%d"}],\
                    "version":"8.5.1","status_address":"tikv-%d.bench.invalid:20180","last_heartbeat":%d,\
                    "node_state":1,"state_name":"Up"},"status":{"capacity":"1.8TiB","available":"1.2TiB",\
                    "used_size":"502GiB","leader_count":%d,"leader_weight":1,"leader_score":%d,"leader_size":%d,\
                    "region_count":%d,"region_weight":1,"region_score":1412614.75,"region_size":%d,"slow_score":1,\
                    "start_ts":"2025-05-20T09:15:51+08:00","last_heartbeat_ts":"2025-06-10T09:59:59.730021655+08:00",\
                    "uptime":"504h44m8.730021655s"}}""", id, id, index % 3, id, now - 2_000_000_000L, leaders, leaders,
                    leaders * 96, regions, regions * 96));
        }
        return json.append("]}").toString();
    }

    String health() {
        return "[" + member(1, true) + "," + member(2, true) + "," + member(3, true) + "]";
    }

    String members() {
        return "{\"header\":{\"cluster_id\":7381622340542355729},\"members\":[" + member(1, null) + "," + member(2, null)
                + "," + member(3, null) + "],\"leader\":" + member(2, null) + ",\"etcd_leader\":" + member(2, null) + "}";
    }

    String hotspotStores() {
        StringBuilder json = new StringBuilder("{");
        String[] rates = {"bytes-write-rate", "bytes-read-rate", "keys-write-rate", "keys-read-rate",
            "query-write-rate", "query-read-rate"};
        for (int rate = 0; rate < rates.length; rate++) {
            json.append(rate == 0 ? "" : ",").append('"').append(rates[rate]).append("\":{");
            for (int index = 0; index < storeCount; index++) {
                json.append(index == 0 ? "" : ",").append("\"").append(index + 1).append("\":").append(1000 + index * 7);
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    /** Ten hot leader peers spread over the first stores. */
    String hotRegions() {
        StringBuilder json = new StringBuilder("{\"as_peer\":{},\"as_leader\":{");
        for (int index = 0; index < storeCount; index++) {
            json.append(index == 0 ? "" : ",").append("\"").append(index + 1).append("\":{\"store_bytes\":1048576,")
                    .append("\"store_keys\":1024,\"store_query\":512,\"regions_count\":").append(index < 10 ? 1 : 0)
                    .append(",\"statistics\":[");
            if (index < 10) {
                json.append("{\"store_id\":").append(index + 1).append(",\"stores\":[1,2,3],\"is_leader\":true,")
                        .append("\"region_id\":").append(1000 + index).append(",\"hot_degree\":12,\"flow_bytes\":")
                        .append(1_000_000 - index * 1000).append(",\"flow_keys\":100,\"flow_query\":50,\"anti_count\":1,")
                        .append("\"last_update_time\":\"0001-01-01T00:00:00Z\"}");
            }
            json.append("]}");
        }
        return json.append("}}").toString();
    }

    String region(long id) {
        return "{\"id\":" + id + ",\"start_key\":\"7480\",\"end_key\":\"7481\",\"epoch\":{\"conf_ver\":5,\"version\":9},"
                + "\"peers\":[" + peer(id * 10 + 1, 1) + "," + peer(id * 10 + 2, 2) + "," + peer(id * 10 + 3, 3) + "],"
                + "\"leader\":" + peer(id * 10 + 1, 1) + ",\"cpu_usage\":0,\"written_bytes\":0,\"read_bytes\":0,"
                + "\"written_keys\":0,\"read_keys\":0,\"approximate_size\":96,\"approximate_keys\":800000}";
    }

    /** {@code {"count":n,"regions":[...]}} with {@code count} regions, written as it goes. */
    void writeRegions(OutputStream out, long count) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write("{\"count\":" + count + ",\"regions\":[");
        for (long index = 0; index < count; index++) {
            if (index > 0) {
                writer.write(',');
            }
            writer.write(region(index + 2));
        }
        writer.write("]}");
        writer.flush();
    }

    /** A Prometheus vector of one sample per store for any per-instance query. */
    String instanceVector(double base) {
        StringBuilder json = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[");
        for (int index = 0; index < storeCount; index++) {
            json.append(index == 0 ? "" : ",").append("{\"metric\":{\"instance\":\"tikv-").append(index + 1)
                    .append(".bench.invalid:20180\"},\"value\":[1749520800.123,\"").append(base + index).append("\"]}");
        }
        return json.append("]}}").toString();
    }

    /**
     * The answer to the cluster totals' range query: one series per figure (qps, p99, write, read),
     * a point per step from {@code start} to {@code end} (epoch seconds).
     */
    String clusterTotalsMatrix(double start, double end, double step) {
        StringBuilder json = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
        String[] figures = {"qps", "p99", "write", "read"};
        double[] values = {1000.0 * storeCount, 0.004, 1000.0 * storeCount, 1000.0 * storeCount};
        for (int figure = 0; figure < figures.length; figure++) {
            json.append(figure == 0 ? "" : ",").append("{\"metric\":{\"figure\":\"").append(figures[figure])
                    .append("\"},\"values\":[");
            for (long index = 0; step > 0 && start + index * step <= end; index++) {
                json.append(index == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.3f,\"%s\"]",
                        start + index * step, values[figure]));
            }
            json.append("]}");
        }
        return json.append("]}}").toString();
    }

    String regionStatusVector() {
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"type\":\"miss-peer-region-count\"},\"value\":[1749520800.123,\"0\"]},"
                + "{\"metric\":{\"type\":\"down-peer-region-count\"},\"value\":[1749520800.123,\"0\"]},"
                + "{\"metric\":{\"type\":\"pending-peer-region-count\"},\"value\":[1749520800.123,\"" + pendingPeerRegions
                + "\"]}]}}";
    }

    String regionCountVector() {
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},"
                + "\"value\":[1749520800.123,\"" + regionCount + "\"]}]}}";
    }

    private long share(long total, int index) {
        return total / storeCount + (index < total % storeCount ? 1 : 0);
    }

    private static String member(int number, Boolean healthy) {
        String common = "\"name\":\"pd-" + number + "\",\"member_id\":1319539429105837118" + number
                + ",\"client_urls\":[\"http://pd-" + number + ".bench.invalid:2379\"]";
        return "{" + common + (healthy == null ? ",\"binary_version\":\"v8.5.1\"" : ",\"health\":" + healthy) + "}";
    }

    private static String peer(long id, long storeId) {
        return "{\"role_name\":\"Voter\",\"id\":" + id + ",\"store_id\":" + storeId + "}";
    }
}
