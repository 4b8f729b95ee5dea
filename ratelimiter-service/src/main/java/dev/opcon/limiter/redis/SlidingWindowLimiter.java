package dev.opcon.limiter.redis;

import dev.opcon.limiter.model.CheckDecision;
import dev.opcon.limiter.model.CheckRequest;
import java.util.List;
import java.util.OptionalLong;

/** Runs the admission script: one atomic Redis call per check. */
public final class SlidingWindowLimiter {

    private static final LuaScript SCRIPT = LuaScript.load("sliding_window.lua");

    private final RedisConnections connections;
    private final long defaultLimit;
    private final long defaultWindowMs;

    public SlidingWindowLimiter(RedisConnections connections, long defaultLimit, long defaultWindowMs) {
        this.connections = connections;
        this.defaultLimit = defaultLimit;
        this.defaultWindowMs = defaultWindowMs;
    }

    /**
     * Admits or refuses one request for {@code request.key()}.
     *
     * @throws RedisUnavailableException when Redis cannot answer
     */
    public CheckDecision check(CheckRequest request) {
        String key = request.key();
        List<String> keys = List.of(RedisKeys.window(key), RedisKeys.sequence(key), RedisKeys.override(key));
        List<String> arguments = List.of(text(request.limit()), text(request.windowMs()),
                Long.toString(defaultLimit), Long.toString(defaultWindowMs));
        Object reply = connections.withCommands("the admission script", jedis -> SCRIPT.evaluate(jedis, keys, arguments));
        List<?> values = (List<?>) reply;
        return new CheckDecision(
                number(values, 0) == 1,
                number(values, 1),
                number(values, 2),
                number(values, 3),
                Math.max(0, number(values, 4)),
                number(values, 5));
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }

    private static long number(List<?> values, int index) {
        return ((Number) values.get(index)).longValue();
    }
}
