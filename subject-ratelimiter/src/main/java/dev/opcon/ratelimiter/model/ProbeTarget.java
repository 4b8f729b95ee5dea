package dev.opcon.ratelimiter.model;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A node the console probes in one refresh: registered now, remembered from before, or configured.
 *
 * @param sourceName     {@code node:<id>}
 * @param nodeId         its id; for a configured URL not identified yet, the URL's {@code host:port}
 * @param baseUrl        where its HTTP API answers; empty when its registered address is unusable
 * @param identified     false for a configured URL whose node id is not known yet
 * @param configuredUrl  the {@code --ratelimiter-url} entry it stands for, if any
 */
public record ProbeTarget(String sourceName, String nodeId, String address, Optional<URI> baseUrl,
                          boolean identified, Optional<URI> configuredUrl, Registration registration,
                          Optional<Instant> registeredAt) {

    public ProbeTarget {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(configuredUrl, "configuredUrl");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public boolean configured() {
        return configuredUrl.isPresent();
    }
}
