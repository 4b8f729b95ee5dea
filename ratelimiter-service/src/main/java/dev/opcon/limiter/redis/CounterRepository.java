package dev.opcon.limiter.redis;

import dev.opcon.limiter.model.CounterState;
import dev.opcon.limiter.model.KeyLimit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.Transaction;

/** Reads and changes counters and per-key limits for the management API. */
public final class CounterRepository {

    /** Busiest first; ties by count, then by key so that the order is stable between refreshes. */
    public static final Comparator<CounterState> BUSIEST_FIRST = Comparator
            .comparingDouble(CounterState::utilisation).reversed()
            .thenComparing(Comparator.comparingLong(CounterState::count).reversed())
            .thenComparing(CounterState::key);

    private static final LuaScript COUNT_SCRIPT = LuaScript.load("counters.lua");
    /** Keys per script call: large enough to need few round trips, small enough not to stall Redis. */
    private static final int KEYS_PER_CALL = 500;

    private final RedisConnections connections;
    private final long defaultLimit;
    private final long defaultWindowMs;

    public CounterRepository(RedisConnections connections, long defaultLimit, long defaultWindowMs) {
        this.connections = connections;
        this.defaultLimit = defaultLimit;
        this.defaultWindowMs = defaultWindowMs;
    }

    /**
     * Every key that has a window or a limit override, counted in its own window against its own
     * limit, busiest first. Keys known only by an override show with count 0, so that a key with
     * limit 0 (which never gets a window) is still visible.
     */
    public List<CounterState> all() {
        return connections.withCommands("the counter list", jedis -> {
            TreeSet<String> clientKeys = new TreeSet<>();
            for (String redisKey : KeyScanner.scan(jedis, RedisKeys.ALL_COUNTER_KEYS)) {
                RedisKeys.clientKeyOf(redisKey).filter(key -> !key.isEmpty()).ifPresent(clientKeys::add);
            }
            List<CounterState> counters = new ArrayList<>(clientKeys.size());
            List<String> batch = new ArrayList<>(KEYS_PER_CALL);
            for (String key : clientKeys) {
                batch.add(key);
                if (batch.size() == KEYS_PER_CALL) {
                    counters.addAll(count(jedis, batch));
                    batch.clear();
                }
            }
            counters.addAll(count(jedis, batch));
            counters.sort(BUSIEST_FIRST);
            return counters;
        });
    }

    /** Forgets every admission of {@code key}; its override, if any, stays. */
    public void reset(String key) {
        connections.withCommands("the counter reset", jedis -> jedis.del(RedisKeys.window(key), RedisKeys.sequence(key)));
    }

    /**
     * Writes the override of {@code key}. Without a window, the override's existing window (or else
     * the default) stays in force, and the answer says which.
     */
    public KeyLimit setLimit(String key, long limit, OptionalLong windowMs) {
        String overrideKey = RedisKeys.override(key);
        String window = connections.withCommands("the limit update", jedis -> {
            Transaction transaction = jedis.multi();
            transaction.hset(overrideKey, RedisKeys.LIMIT_FIELD, Long.toString(limit));
            windowMs.ifPresent(value -> transaction.hset(overrideKey, RedisKeys.WINDOW_FIELD, Long.toString(value)));
            Response<String> storedWindow = transaction.hget(overrideKey, RedisKeys.WINDOW_FIELD);
            transaction.exec();
            return storedWindow.get();
        });
        return new KeyLimit(key, limit, window == null ? defaultWindowMs : Long.parseLong(window));
    }

    private List<CounterState> count(Jedis jedis, List<String> clientKeys) {
        if (clientKeys.isEmpty()) {
            return List.of();
        }
        List<String> redisKeys = new ArrayList<>(clientKeys.size() * 2);
        for (String key : clientKeys) {
            redisKeys.add(RedisKeys.window(key));
            redisKeys.add(RedisKeys.override(key));
        }
        List<?> reply = (List<?>) COUNT_SCRIPT.evaluate(jedis, redisKeys,
                List.of(Long.toString(defaultLimit), Long.toString(defaultWindowMs)));
        List<CounterState> counters = new ArrayList<>(clientKeys.size());
        for (int index = 0; index < clientKeys.size(); index++) {
            counters.add(new CounterState(clientKeys.get(index),
                    number(reply, index * 3), number(reply, index * 3 + 1), number(reply, index * 3 + 2)));
        }
        return counters;
    }

    private static long number(List<?> values, int index) {
        return ((Number) values.get(index)).longValue();
    }
}
