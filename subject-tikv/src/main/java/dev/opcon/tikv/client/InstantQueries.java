package dev.opcon.tikv.client;

import java.util.List;

/**
 * The one thing the TiKV subject asks Prometheus: an instant query. A seam of our own, so the subject
 * depends on no more of a Prometheus client than this, and a test can answer by hand.
 */
public interface InstantQueries {

    /**
     * @throws dev.opcon.core.error.OpconException when Prometheus cannot be reached or refuses the query
     */
    List<PrometheusSample> instantQuery(String promql);

    /** Where it asks, credentials masked. */
    String endpoint();
}
