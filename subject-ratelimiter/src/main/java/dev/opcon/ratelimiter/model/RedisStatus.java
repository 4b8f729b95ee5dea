package dev.opcon.ratelimiter.model;

/**
 * Redis as the console sees it: PING round trip, INFO and DBSIZE.
 *
 * @param opsPerSecond NaN when INFO did not say
 */
public record RedisStatus(double pingMilliseconds, long keys, long usedMemoryBytes, double opsPerSecond,
                          String version) {
}
