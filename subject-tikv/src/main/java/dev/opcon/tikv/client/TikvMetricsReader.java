package dev.opcon.tikv.client;

import dev.opcon.tikv.model.InstanceMetrics;
import dev.opcon.tikv.model.MetricsSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;

/**
 * Per-instance TiKV metrics, with the expressions of TiKV's own Grafana dashboards. No
 * {@code tidb_cluster}/{@code k8s_cluster} filter: TiUP setups have neither label.
 */
public final class TikvMetricsReader {

    static final String QUERIES_PER_SECOND =
            "sum(rate(tikv_grpc_msg_duration_seconds_count{type!=\"kv_gc\"}[1m])) by (instance)";
    static final String P99_LATENCY =
            "histogram_quantile(0.99, sum(rate(tikv_grpc_msg_duration_seconds_bucket{type!=\"kv_gc\"}[1m])) by (le, instance))";
    static final String STORE_SIZE =
            "sum(tikv_store_size_bytes{type=~\"capacity|available|used\"}) by (instance, type)";
    static final String CPU = "sum(rate(process_cpu_seconds_total{job=~\".*tikv\"}[1m])) by (instance)";
    static final String RAFT_LAG =
            "histogram_quantile(0.99, sum(rate(tikv_raftstore_log_lag_bucket[1m])) by (le, instance))";

    private final PrometheusApi prometheus;

    public TikvMetricsReader(PrometheusApi prometheus) {
        this.prometheus = prometheus;
    }

    public MetricsSnapshot read() {
        Map<String, Values> byInstance = new HashMap<>();
        collect(byInstance, QUERIES_PER_SECOND, (values, sample) -> values.queriesPerSecond = sample.value());
        collect(byInstance, P99_LATENCY, (values, sample) -> values.p99Seconds = sample.value());
        collect(byInstance, STORE_SIZE, (values, sample) -> {
            switch (sample.label("type")) {
                case "capacity" -> values.capacity = sample.value();
                case "available" -> values.available = sample.value();
                case "used" -> values.used = sample.value();
                default -> {
                }
            }
        });
        collect(byInstance, CPU, (values, sample) -> values.cpuCores = sample.value());
        collect(byInstance, RAFT_LAG, (values, sample) -> values.raftLogLag = sample.value());
        Map<String, InstanceMetrics> metrics = new HashMap<>();
        byInstance.forEach((instance, values) -> metrics.put(instance, values.toMetrics()));
        return new MetricsSnapshot(metrics);
    }

    private void collect(Map<String, Values> byInstance, String promql, BiConsumer<Values, PrometheusSample> setter) {
        List<PrometheusSample> samples = prometheus.instantQuery(promql);
        for (PrometheusSample sample : samples) {
            String instance = sample.label("instance");
            if (!instance.isEmpty()) {
                setter.accept(byInstance.computeIfAbsent(instance, unused -> new Values()), sample);
            }
        }
    }

    /** Collects one instance's values while the queries come in; NaN is "no sample". */
    private static final class Values {
        double queriesPerSecond = Double.NaN;
        double p99Seconds = Double.NaN;
        double capacity = Double.NaN;
        double available = Double.NaN;
        double used = Double.NaN;
        double cpuCores = Double.NaN;
        double raftLogLag = Double.NaN;

        InstanceMetrics toMetrics() {
            return new InstanceMetrics(of(queriesPerSecond), of(p99Seconds), of(capacity), of(available), of(used),
                    of(cpuCores), of(raftLogLag));
        }

        private static OptionalDouble of(double value) {
            return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
    }
}
