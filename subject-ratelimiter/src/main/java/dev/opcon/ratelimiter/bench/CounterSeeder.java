package dev.opcon.ratelimiter.bench;

import java.util.HashMap;
import java.util.Map;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;

/**
 * Writes counter keys as the limiter does: a sorted set of a few admissions in the window, its
 * sequence counter, and for one key in ten a limit override (one in a hundred with a window of its
 * own). Pipelined; keys expire after 15 minutes in case a run is killed before it cleans up.
 */
final class CounterSeeder {

    private static final int BATCH = 5_000;
    private static final long SAFETY_EXPIRY_MILLISECONDS = 15 * 60_000;

    private CounterSeeder() {
    }

    /** Adds keys {@code from} (inclusive) to {@code to} (exclusive). */
    static void seed(Jedis jedis, long from, long to) {
        long now = Long.parseLong(jedis.time().get(0)) * 1_000;
        for (long start = from; start < to; start += BATCH) {
            try (Pipeline pipeline = jedis.pipelined()) {
                for (long index = start; index < Math.min(to, start + BATCH); index++) {
                    write(pipeline, index, now);
                }
                pipeline.sync();
            }
        }
    }

    private static void write(Pipeline pipeline, long index, long now) {
        int admissions = 1 + (int) (index % 5);
        Map<byte[], Double> members = new HashMap<>();
        for (int admission = 0; admission < admissions; admission++) {
            long at = now - admission * 1_000L - index % 997;
            members.put(BenchmarkKeys.bytes(at + ":" + admission), (double) at);
        }
        byte[] counter = BenchmarkKeys.counter(index);
        pipeline.zadd(counter, members);
        pipeline.pexpire(counter, SAFETY_EXPIRY_MILLISECONDS);
        pipeline.psetex(BenchmarkKeys.sequence(index), SAFETY_EXPIRY_MILLISECONDS, BenchmarkKeys.bytes(Integer.toString(admissions)));
        if (index % 10 == 0) {
            byte[] override = BenchmarkKeys.override(index);
            pipeline.hset(override, BenchmarkKeys.LIMIT_FIELD, BenchmarkKeys.bytes(index % 20 == 0 ? "3" : "100"));
            if (index % 100 == 0) {
                pipeline.hset(override, BenchmarkKeys.WINDOW_FIELD, BenchmarkKeys.bytes("30000"));
            }
            pipeline.pexpire(override, SAFETY_EXPIRY_MILLISECONDS);
        }
    }
}
