package dev.opcon.limiter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.limiter.model.CounterState;
import dev.opcon.limiter.model.KeyLimit;
import dev.opcon.limiter.model.RateLimitKey;
import dev.opcon.limiter.redis.CounterRepository;
import dev.opcon.limiter.redis.NodeRegistry;
import java.util.List;
import java.util.OptionalLong;

/** The {@code /api/*} endpoints the console reads and the operator's two write actions. */
final class ManagementEndpoints {

    private final NodeRegistry registry;
    private final CounterRepository counters;
    private final long defaultLimit;
    private final long defaultWindowMs;

    ManagementEndpoints(NodeRegistry registry, CounterRepository counters, long defaultLimit, long defaultWindowMs) {
        this.registry = registry;
        this.counters = counters;
        this.defaultLimit = defaultLimit;
        this.defaultWindowMs = defaultWindowMs;
    }

    /** {@code GET /api/nodes}. */
    Reply nodes(ApiRequest request) {
        return Reply.json(200, new ApiResponses.Nodes(registry.list()));
    }

    /** {@code GET /api/counters[?limit=N]}: every key, busiest first, optionally only the first N. */
    Reply counters(ApiRequest request) {
        OptionalLong cap = request.queryNumber("limit");
        List<ApiResponses.Counter> listed = counters.all().stream()
                .limit(cap.orElse(Long.MAX_VALUE))
                .map(counter -> new ApiResponses.Counter(counter.key(), counter.count(), counter.limit(),
                        counter.remaining(), counter.windowMs()))
                .toList();
        return Reply.json(200, new ApiResponses.Counters(listed));
    }

    /** {@code GET /api/blocks}: keys that would refuse a request now, each against its own limit. */
    Reply blocks(ApiRequest request) {
        List<ApiResponses.BlockedKey> blocked = counters.all().stream()
                .filter(CounterState::blocked)
                .map(counter -> new ApiResponses.BlockedKey(counter.key(), counter.count(), counter.limit()))
                .toList();
        return Reply.json(200, new ApiResponses.Blocks(blocked));
    }

    /** {@code GET /api/limits}. */
    Reply limits(ApiRequest request) {
        return Reply.json(200, new ApiResponses.Limits(defaultLimit, defaultWindowMs));
    }

    /** {@code POST /api/counters/{key}/reset}. */
    Reply reset(ApiRequest request) {
        String key = validKey(request.pathKey());
        counters.reset(key);
        return Reply.json(200, new ApiResponses.Reset(key, true));
    }

    /** {@code PUT /api/limits/{key} {limit, window_ms?}}; a limit of 0 refuses every request. */
    Reply setLimit(ApiRequest request) {
        String key = validKey(request.pathKey());
        JsonNode body = request.jsonObject();
        long limit = JsonFields.requiredWholeNumber(body, "limit");
        OptionalLong windowMs = JsonFields.optionalWholeNumber(body, "window_ms");
        if (limit < 0) {
            throw ApiException.badRequest("limit must be 0 or more");
        }
        if (windowMs.isPresent() && windowMs.getAsLong() < 1) {
            throw ApiException.badRequest("window_ms must be 1 or more");
        }
        KeyLimit stored = counters.setLimit(key, limit, windowMs);
        return Reply.json(200, new ApiResponses.LimitUpdated(stored.key(), stored.limit(), stored.windowMs(), true));
    }

    private static String validKey(String key) {
        try {
            return RateLimitKey.requireValid(key);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
