package dev.opcon.tikv.client;

import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.model.RegionHealth;
import dev.opcon.tikv.model.RegionHealth.ClassCount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Counts unhealthy regions without listing the cluster's regions. With Prometheus, PD's own gauges
 * ({@code pd_regions_status}, hyphenated types, meaningful on the PD leader only) answer in one query;
 * without it, or when Prometheus has no such series, PD's {@code /regions/check/...} endpoints are
 * read as streams that stop after the count.
 */
public final class RegionHealthReader implements AutoCloseable {

    static final String REGION_STATUS = "sum(pd_regions_status{type=~\"miss-peer-region-count|down-peer-region-count"
            + "|pending-peer-region-count\"} and on (instance) (etcd_server_is_leader > 0)) by (type)";
    static final String REGION_COUNT =
            "sum(pd_cluster_status{type=\"region_count\"} and on (instance) (etcd_server_is_leader > 0))";

    private final PdApi pd;
    private final Optional<PrometheusApi> prometheus;
    /** The three checks and the count go out at once: one round trip instead of four. */
    private final ExecutorService parallelReads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "opcon-tikv-region-check");
        thread.setDaemon(true);
        return thread;
    });

    public RegionHealthReader(PdApi pd, Optional<PrometheusApi> prometheus) {
        this.pd = pd;
        this.prometheus = prometheus;
    }

    @Override
    public void close() {
        parallelReads.shutdownNow();
    }

    public RegionHealth read() {
        String fallbackReason = "";
        if (prometheus.isPresent()) {
            try {
                Optional<RegionHealth> fromPrometheus = fromPrometheus(prometheus.get());
                if (fromPrometheus.isPresent()) {
                    return fromPrometheus.get();
                }
                fallbackReason = " (Prometheus has no pd_regions_status from a PD leader)";
            } catch (OpconException prometheusFailed) {
                fallbackReason = " (Prometheus failed: " + prometheusFailed.getMessage() + ")";
            }
        }
        return fromPd(fallbackReason);
    }

    private RegionHealth fromPd(String fallbackReason) {
        CompletableFuture<OptionalLong> count = CompletableFuture.supplyAsync(this::regionCountFromPd, parallelReads);
        CompletableFuture<ClassCount> missPeer = check("miss-peer");
        CompletableFuture<ClassCount> downPeer = check("down-peer");
        CompletableFuture<ClassCount> pendingPeer = check("pending-peer");
        return new RegionHealth(join(count), join(missPeer), join(downPeer), join(pendingPeer),
                "pd /regions/check" + fallbackReason);
    }

    private CompletableFuture<ClassCount> check(String name) {
        return CompletableFuture.supplyAsync(() -> pd.regionCheck(name), parallelReads);
    }

    private static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private Optional<RegionHealth> fromPrometheus(PrometheusApi queries) {
        Map<String, Double> byType = new HashMap<>();
        for (PrometheusSample sample : queries.instantQuery(REGION_STATUS)) {
            byType.put(sample.label("type"), sample.value());
        }
        if (byType.isEmpty()) {
            return Optional.empty();
        }
        List<PrometheusSample> total = queries.instantQuery(REGION_COUNT);
        OptionalLong count = total.isEmpty() || Double.isNaN(total.get(0).value())
                ? OptionalLong.empty() : OptionalLong.of(Math.round(total.get(0).value()));
        if (count.isEmpty()) {
            count = regionCountFromPd();
        }
        return Optional.of(new RegionHealth(count, countOf(byType, "miss-peer-region-count"),
                countOf(byType, "down-peer-region-count"), countOf(byType, "pending-peer-region-count"),
                "prometheus pd_regions_status"));
    }

    /** The total is context, not health: without it the counts still stand. */
    private OptionalLong regionCountFromPd() {
        try {
            return pd.regionCount();
        } catch (OpconException unknown) {
            return OptionalLong.empty();
        }
    }

    private static ClassCount countOf(Map<String, Double> byType, String type) {
        Double value = byType.get(type);
        return value == null || Double.isNaN(value) ? ClassCount.NONE : ClassCount.exactly(Math.round(value));
    }
}
