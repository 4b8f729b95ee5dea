package dev.opcon.core.prometheus;

import java.util.List;

/**
 * The answer to an instant query.
 *
 * @param resultType VECTOR, or SCALAR (then there is exactly one sample, without labels)
 * @param samples in the order Prometheus sent them
 * @param warnings what Prometheus warned about while answering (made safe for a terminal), for
 *     the caller to show; empty when none
 */
public record QueryResult(ResultType resultType, List<QuerySample> samples, List<String> warnings) {

    public enum ResultType { VECTOR, SCALAR }

    public QueryResult {
        samples = List.copyOf(samples);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return samples.isEmpty();
    }
}
