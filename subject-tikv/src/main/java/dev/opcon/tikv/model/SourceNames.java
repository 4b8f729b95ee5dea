package dev.opcon.tikv.model;

/** The names of the subject's sources, as panels and statuses show them. */
public final class SourceNames {

    public static final String STORES = "pd-stores";
    public static final String MEMBERS = "pd-members";
    public static final String HEALTH = "pd-health";
    public static final String CLUSTER = "pd-cluster";
    public static final String REGIONS = "pd-regions";
    public static final String HOTSPOT_STORES = "pd-hotspot-stores";
    public static final String HOT_REGIONS = "pd-hot-regions";
    public static final String SCHEDULERS = "pd-schedulers";
    public static final String PROMETHEUS = "prometheus";
    /** The range query that fills the rates history at start: asked until it once answers, three times at most. */
    public static final String PROMETHEUS_HISTORY = "prometheus-history";
    /** Followed by a region id: one source per hot region described in detail. */
    public static final String REGION_DETAIL_PREFIX = "pd-region-";

    private SourceNames() {
    }

    public static String regionDetail(long regionId) {
        return REGION_DETAIL_PREFIX + Long.toUnsignedString(regionId);
    }
}
