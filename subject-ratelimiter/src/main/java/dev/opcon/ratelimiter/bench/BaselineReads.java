package dev.opcon.ratelimiter.bench;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The two yardsticks: the raw commands an observation needs, pipelined and with no processing at
 * all; and the seed system's way, two round trips per key.
 */
final class BaselineReads {

    /** The observation's page size, so that both read the keyspace in the same SCAN calls. */
    private static final int PAGE_SIZE = 1_000;

    private BaselineReads() {
    }

    /**
     * SCAN pages, and per counter key ZCOUNT and HGET in one pipeline per page (two round trips a
     * page). Returns the keys read.
     */
    static long pipelined(Jedis jedis) {
        byte[] windowStart = windowStart(jedis);
        ScanParams page = new ScanParams().match(BenchmarkKeys.ALL_COUNTERS).count(PAGE_SIZE);
        byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY;
        long keys = 0;
        ScanResult<byte[]> result;
        do {
            result = jedis.scan(cursor, page);
            try (Pipeline pipeline = jedis.pipelined()) {
                for (byte[] key : result.getResult()) {
                    if (BenchmarkKeys.isCounter(key)) {
                        pipeline.zcount(key, windowStart, BenchmarkKeys.PLUS_INFINITY);
                        pipeline.hget(BenchmarkKeys.overrideOf(key), BenchmarkKeys.LIMIT_FIELD);
                        keys++;
                    }
                }
                pipeline.sync();
            }
            cursor = result.getCursorAsBytes();
        } while (!result.isCompleteIteration());
        return keys;
    }

    /**
     * The seed system's way over at most {@code cap} keys: ZCOUNT, then HGET, each a round trip of
     * its own. Returns the keys read.
     */
    static long twoRoundTripsPerKey(Jedis jedis, long cap) {
        byte[] windowStart = windowStart(jedis);
        ScanParams page = new ScanParams().match(BenchmarkKeys.ALL_COUNTERS).count(1_000);
        byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY;
        long keys = 0;
        ScanResult<byte[]> result;
        do {
            result = jedis.scan(cursor, page);
            for (byte[] key : result.getResult()) {
                if (keys < cap && BenchmarkKeys.isCounter(key)) {
                    jedis.zcount(key, windowStart, BenchmarkKeys.PLUS_INFINITY);
                    jedis.hget(BenchmarkKeys.overrideOf(key), BenchmarkKeys.LIMIT_FIELD);
                    keys++;
                }
            }
            cursor = result.getCursorAsBytes();
        } while (!result.isCompleteIteration() && keys < cap);
        return keys;
    }

    private static byte[] windowStart(Jedis jedis) {
        long now = Long.parseLong(jedis.time().get(0)) * 1_000;
        return BenchmarkKeys.bytes("(" + (now - 60_000));
    }
}
