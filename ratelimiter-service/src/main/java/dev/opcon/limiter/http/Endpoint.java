package dev.opcon.limiter.http;

/**
 * Answers one kind of request. May throw {@link ApiException} for a bad request and
 * {@link dev.opcon.limiter.redis.RedisUnavailableException} when Redis fails; the router turns both
 * into JSON errors.
 */
@FunctionalInterface
interface Endpoint {

    Reply answer(ApiRequest request);
}
