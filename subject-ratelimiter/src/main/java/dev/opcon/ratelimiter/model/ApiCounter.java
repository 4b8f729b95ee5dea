package dev.opcon.ratelimiter.model;

import java.util.Objects;

/** One key as the management API counts it. The key is safe for a terminal. */
public record ApiCounter(String key, long count, long limit, long remaining) {

    public ApiCounter {
        Objects.requireNonNull(key, "key");
    }
}
