package dev.opcon.ratelimiter.metrics;

import java.time.Duration;

/**
 * The PromQL the Prometheus reader asks. Everything is grouped by {@code instance} (the scrape
 * target) because the service exports no node label; {@code max by (instance)} keeps a node that
 * two jobs happen to scrape from counting twice in the gauges.
 *
 * @param rateWindow the range of {@code rate()}: it must span at least two scrapes (four is safer),
 *                   e.g. 10 s for a 1 s scrape interval, 1 min for the usual 15 s
 */
record RatelimiterQueries(Duration rateWindow) {

    static final String CHECKED_TOTAL = "ratelimiter_requests_checked_total";
    static final String CHECK_DURATION_BUCKET = "ratelimiter_check_duration_seconds_bucket";
    static final String NODE_UP = "ratelimiter_node_up";
    static final String ACTIVE_COUNTERS = "ratelimiter_active_counters";
    static final String RESULT_LABEL = "result";
    static final String INSTANCE_LABEL = "instance";

    RatelimiterQueries {
        if (rateWindow == null || rateWindow.toMillis() < 1) {
            throw new IllegalArgumentException("the rate window must be at least 1 ms, not " + rateWindow);
        }
    }

    /** Allowed and blocked checks per second, by node and result. */
    String checkedPerSecondByInstance() {
        return "sum by (instance, result) (rate(" + CHECKED_TOTAL + "[" + window() + "]))";
    }

    /** Allowed and blocked checks per second of the whole cluster, by result. */
    String checkedPerSecond() {
        return "sum by (result) (rate(" + CHECKED_TOTAL + "[" + window() + "]))";
    }

    /** p99 check latency in seconds, by node. */
    String p99SecondsByInstance() {
        return "histogram_quantile(0.99, sum by (instance, le) (rate(" + CHECK_DURATION_BUCKET + "[" + window() + "])))";
    }

    /** p99 check latency in seconds over every check of the cluster. */
    String p99Seconds() {
        return "histogram_quantile(0.99, sum by (le) (rate(" + CHECK_DURATION_BUCKET + "[" + window() + "])))";
    }

    String nodeUpByInstance() {
        return "max by (instance) (" + NODE_UP + ")";
    }

    String activeCountersByInstance() {
        return "max by (instance) (" + ACTIVE_COUNTERS + ")";
    }

    /** When each node was last scraped (epoch seconds), for the age shown beside its figures. */
    String lastScrapeByInstance() {
        return "max by (instance) (timestamp(" + NODE_UP + "))";
    }

    /** The window as a PromQL duration: whole seconds when it is, else milliseconds. */
    private String window() {
        long millis = rateWindow.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
