package dev.opcon.tikv;

import dev.opcon.core.model.ObservationBody;
import dev.opcon.core.spi.ActionSpec;
import dev.opcon.core.spi.InvariantChecker;
import dev.opcon.core.spi.Source;
import dev.opcon.core.spi.SourceResults;
import dev.opcon.core.spi.Subject;
import dev.opcon.tikv.client.PdApi;
import dev.opcon.tikv.client.PdOperations;
import dev.opcon.tikv.client.PrometheusApi;
import dev.opcon.tikv.client.RateHistoryReader;
import dev.opcon.tikv.client.RegionHealthReader;
import dev.opcon.tikv.client.TikvMetricsReader;
import dev.opcon.tikv.invariant.TikvInvariants;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.SourceNames;
import dev.opcon.tikv.model.HotRegion;
import dev.opcon.tikv.model.HotRegions;
import dev.opcon.tikv.model.RatePoint;
import dev.opcon.tikv.render.DataRenderer;
import dev.opcon.tikv.render.TikvPanels;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A TiKV cluster seen through PD (and Prometheus when given). Each PD read is its own source, so one
 * failing endpoint hides nothing else. Observation only ever GETs; writes happen in {@link #perform}.
 * The one state kept between refreshes is the rates history behind the sparklines.
 */
final class TikvSubject implements Subject {

    /** How many of the hottest regions are described in detail, one {@code /region/id} read each. */
    static final int DETAILED_HOT_REGIONS = 3;

    private final TikvSettings settings;
    private final PdApi pd;
    private final Optional<PrometheusApi> prometheus;
    private final RegionHealthReader regionHealthReader;
    private final TikvActions actions;
    private final TikvInvariants invariants;
    private final Clock clock;
    private final RateHistory rateHistory = new RateHistory(RateHistory.DEFAULT_CAPACITY);

    /** @param clock where the range query that fills the rates history at start ends */
    TikvSubject(TikvSettings settings, PdApi pd, Optional<PrometheusApi> prometheus, Clock clock) {
        this.settings = settings;
        this.pd = pd;
        this.prometheus = prometheus;
        this.clock = clock;
        this.regionHealthReader = new RegionHealthReader(pd, prometheus);
        this.actions = new TikvActions(new PdOperations(pd));
        this.invariants = new TikvInvariants(settings.thresholds());
    }

    @Override
    public String name() {
        return "tikv";
    }

    @Override
    public List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        settings.pdEndpoints().forEach(endpoint -> endpoints.add("pd " + endpoint));
        prometheus.ifPresent(queries -> endpoints.add("prometheus " + queries.endpoint()));
        return endpoints;
    }

    @Override
    public List<Source<?>> sources() {
        String pdEndpoints = pd.client().describeEndpoints();
        List<Source<?>> sources = new ArrayList<>(List.of(
                new Source<>(SourceNames.STORES, pdEndpoints, settings.pdDeadline(1), pd::stores),
                new Source<>(SourceNames.MEMBERS, pdEndpoints, settings.pdDeadline(1), pd::members),
                new Source<>(SourceNames.HEALTH, pdEndpoints, settings.pdDeadline(1), pd::health),
                new Source<>(SourceNames.CLUSTER, pdEndpoints, settings.pdDeadline(1), pd::clusterStatus),
                new Source<>(SourceNames.REGIONS, regionsEndpoint(pdEndpoints), settings.pdDeadline(4),
                        regionHealthReader::read),
                new Source<>(SourceNames.HOTSPOT_STORES, pdEndpoints, settings.pdDeadline(1), pd::storeRates),
                new Source<>(SourceNames.HOT_REGIONS, pdEndpoints, settings.pdDeadline(2), pd::hotRegions),
                new Source<>(SourceNames.SCHEDULERS, pdEndpoints, settings.pdDeadline(2), pd::schedulers)));
        prometheus.ifPresent(queries -> sources.add(new Source<>(SourceNames.PROMETHEUS, queries.endpoint(),
                settings.requestTimeout().multipliedBy(5).plusSeconds(1), new TikvMetricsReader(queries)::read)));
        if (rateHistory.wantsBackfill()) {
            prometheus.ifPresent(queries -> sources.add(new Source<>(SourceNames.PROMETHEUS_HISTORY, queries.endpoint(),
                    settings.requestTimeout().plusSeconds(1), new RateHistoryReader(queries, clock)::read)));
        }
        return sources;
    }

    /** The hottest regions, described by PD one by one: each a source, so a region gone meanwhile fails alone. */
    @Override
    public List<Source<?>> followUpSources(SourceResults firstPhase) {
        Set<Long> regionIds = new LinkedHashSet<>();
        firstPhase.value(SourceNames.HOT_REGIONS, HotRegions.class).ifPresent(hot -> {
            for (HotRegion region : interleave(hot.write(), hot.read())) {
                if (regionIds.size() < DETAILED_HOT_REGIONS) {
                    regionIds.add(region.regionId());
                }
            }
        });
        String pdEndpoints = pd.client().describeEndpoints();
        return regionIds.stream()
                .<Source<?>>map(regionId -> new Source<>(SourceNames.regionDetail(regionId), pdEndpoints,
                        settings.pdDeadline(1), () -> pd.region(regionId)))
                .toList();
    }

    @Override
    public ObservationBody assemble(SourceResults results, Instant observedAt) {
        ClusterSnapshot snapshot = SnapshotAssembler.assemble(results, observedAt, prometheus.isPresent());
        if (results.status(SourceNames.PROMETHEUS_HISTORY).isPresent()) {
            rateHistory.backfill(SnapshotAssembler.list(results, SourceNames.PROMETHEUS_HISTORY, RatePoint.class));
        }
        rateHistory.add(RatePoint.of(snapshot));
        return new ObservationBody(DataRenderer.data(snapshot),
                TikvPanels.panels(snapshot, rateHistory.points(), settings.thresholds()));
    }

    @Override
    public InvariantChecker invariants() {
        return invariants;
    }

    @Override
    public List<ActionSpec> actions() {
        return TikvActions.SPECS;
    }

    @Override
    public String perform(String action, Map<String, String> arguments) {
        return actions.perform(action, arguments);
    }

    @Override
    public void close() {
        regionHealthReader.close();
    }

    private String regionsEndpoint(String pdEndpoints) {
        return prometheus.map(queries -> queries.endpoint() + ", falling back to " + pdEndpoints).orElse(pdEndpoints);
    }

    private static List<HotRegion> interleave(List<HotRegion> write, List<HotRegion> read) {
        List<HotRegion> mixed = new ArrayList<>();
        for (int index = 0; index < Math.max(write.size(), read.size()); index++) {
            if (index < write.size()) {
                mixed.add(write.get(index));
            }
            if (index < read.size()) {
                mixed.add(read.get(index));
            }
        }
        return mixed;
    }
}
