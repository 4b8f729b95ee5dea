package dev.opcon.limiter.redis;

/**
 * Redis could not be reached or refused the command. The only exception that leaves this package:
 * Jedis's exceptions are translated here so that the HTTP layer can answer 503 without knowing
 * the client library.
 */
public final class RedisUnavailableException extends RuntimeException {

    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
