package dev.opcon.limiter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.limiter.metrics.LimiterMetrics;
import dev.opcon.limiter.model.CheckDecision;
import dev.opcon.limiter.model.CheckRequest;
import dev.opcon.limiter.redis.SlidingWindowLimiter;
import java.time.Duration;

/** {@code POST /check {key, limit?, window_ms?}}: 200 when admitted, 429 when refused. */
final class CheckEndpoint implements Endpoint {

    private final SlidingWindowLimiter limiter;
    private final LimiterMetrics metrics;

    CheckEndpoint(SlidingWindowLimiter limiter, LimiterMetrics metrics) {
        this.limiter = limiter;
        this.metrics = metrics;
    }

    @Override
    public Reply answer(ApiRequest request) {
        CheckRequest check = parse(request.jsonObject());
        try {
            CheckDecision decision = limiter.check(check);
            if (decision.allowed()) {
                metrics.recordAllowed();
            } else {
                metrics.recordBlocked();
            }
            return reply(decision);
        } finally {
            metrics.recordCheckDuration(Duration.ofNanos(System.nanoTime() - request.arrivalNanos()));
        }
    }

    private static CheckRequest parse(JsonNode body) {
        String key = JsonFields.requiredText(body, "key");
        try {
            return new CheckRequest(key, JsonFields.optionalWholeNumber(body, "limit"), JsonFields.optionalWholeNumber(body, "window_ms"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static Reply reply(CheckDecision decision) {
        ApiResponses.Check body = new ApiResponses.Check(decision.allowed(), decision.currentCount(),
                decision.remaining(), decision.retryAfterSeconds());
        Reply reply = Reply.json(decision.allowed() ? 200 : 429, body)
                .withHeader("X-RateLimit-Limit", Long.toString(decision.limit()))
                .withHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
        if (decision.allowed()) {
            return reply;
        }
        // Reset as a Unix time, the most common reading of this header; Retry-After is the standard delay.
        return reply
                .withHeader("X-RateLimit-Reset", Long.toString(decision.resetEpochSeconds()))
                .withHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
    }
}
