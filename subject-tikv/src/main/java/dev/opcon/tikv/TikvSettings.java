package dev.opcon.tikv;

import dev.opcon.tikv.model.Thresholds;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The subject's options, checked (the Prometheus URL by the Prometheus client, which also masks it).
 *
 * @param requestTimeout the longest one HTTP request may take, connecting included
 */
public record TikvSettings(List<URI> pdEndpoints, Optional<String> prometheusUrl, Duration requestTimeout,
                           Thresholds thresholds) {

    public TikvSettings {
        pdEndpoints = List.copyOf(pdEndpoints);
        Objects.requireNonNull(prometheusUrl, "prometheusUrl");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Long enough to try every PD endpoint once for each of {@code requests} sequential requests. */
    public Duration pdDeadline(int requests) {
        return requestTimeout.multipliedBy((long) pdEndpoints.size() * requests).plusSeconds(1);
    }
}
