package dev.opcon.ratelimiter.bench;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.Benchmark;
import dev.opcon.ratelimiter.client.RedisEndpoint;
import dev.opcon.ratelimiter.client.RedisInspector;
import dev.opcon.ratelimiter.model.CounterDefaults;
import dev.opcon.ratelimiter.model.CounterScan;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * {@code opcon bench redis} (found by the console as a {@link Benchmark} service): times one full observation of the Redis side (status and the pass over
 * every counter, as {@link RedisInspector} does it each refresh) at 10 000, 100 000 and 1 000 000
 * counter keys, next to a baseline measured in the same run (the raw pipelined commands the
 * observation needs, no processing) and the seed system's two round trips per key.
 *
 * <p>It writes up to a million counters, so it wants an empty database, and empties it afterwards.
 * Takes about three minutes on a quiet two-core machine, most of it at a million keys.
 */
public final class RedisObservationBenchmark implements Benchmark {

    /** Optional: comma-separated key counts instead of 10 000, 100 000 and 1 000 000. */
    public static final String SIZES_OPTION = "sizes";

    static final long[] SIZES = {10_000, 100_000, 1_000_000};
    private static final int TIMED_RUNS = 3;
    /** The seed system's way takes about 2 round trips per key: time it on at most this many. */
    private static final long SEED_SYSTEM_CAP = 20_000;
    private static final int TOP_KEYS = 50;

    /** For {@link java.util.ServiceLoader}. */
    public RedisObservationBenchmark() {
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public String description() {
        return "one observation of Redis with 10k, 100k and 1M counter keys, against the raw pipelined commands it needs";
    }

    @Override
    public boolean needsRedis() {
        return true;
    }

    /**
     * @param options {@code redis-url} (an empty database), and optionally {@code sizes}
     * @throws OpconException when an option is bad, Redis cannot be reached, or the database is not empty
     */
    @Override
    public void run(Map<String, String> options, PrintStream out) {
        String redisUrl = options.get("redis-url");
        if (redisUrl == null || redisUrl.isBlank()) {
            throw OpconException.configuration("the redis benchmark needs --redis-url (an empty database)");
        }
        run(redisUrl, out, sizes(options.get(SIZES_OPTION)));
    }

    public static void main(String[] arguments) {
        String redisUrl = arguments.length > 0 ? arguments[0] : System.getenv("REDIS_URL");
        if (redisUrl == null || redisUrl.isBlank()) {
            System.err.println("usage: RedisObservationBenchmark redis://[:password@]host:port/db (an empty database)");
            System.exit(2);
        }
        run(redisUrl, System.out);
    }

    /**
     * @throws OpconException when the URL is bad, Redis cannot be reached, or the database is not empty
     */
    public static void run(String redisUrl, PrintStream out) {
        run(redisUrl, out, SIZES);
    }

    static List<BenchmarkRow> run(String redisUrl, PrintStream out, long... sizes) {
        RedisEndpoint endpoint = RedisEndpoint.parse("redis-url", redisUrl);
        List<BenchmarkRow> rows = new ArrayList<>();
        try (Jedis jedis = connect(endpoint);
             RedisInspector inspector = new RedisInspector(endpoint, Duration.ofSeconds(1), TOP_KEYS, () -> CounterDefaults.CONTRACT)) {
            inspector.status(); // fails first, with a clear message, when Redis cannot be reached or refuses the password
            requireEmpty(jedis, endpoint);
            out.println("Redis observation benchmark against " + endpoint.masked() + " (top " + TOP_KEYS + " keys)");
            out.println(BenchmarkRow.HEADER);
            long seeded = 0;
            try {
                for (long size : Arrays.stream(sizes).sorted().toArray()) {
                    CounterSeeder.seed(jedis, seeded, size);
                    seeded = size;
                    BenchmarkRow row = measure(jedis, inspector, size);
                    rows.add(row);
                    out.println(row.format());
                }
            } finally {
                jedis.flushDB();
            }
            out.println("opcon: PING + INFO + DBSIZE + a full pass (SCAN COUNT 1000; per page one pipeline of ZCOUNT + HMGET"
                    + " per key and the next SCAN; top keys in a bounded heap; TTL, oldest and newest entry of the top keys)."
                    + " baseline: SCAN COUNT 1000, then a pipeline of ZCOUNT + HGET per key, nothing kept. seed: ZCOUNT, then"
                    + " HGET, a round trip each per key. Medians of " + TIMED_RUNS + " runs after a warm-up; heap: the most"
                    + " live heap held during one observation.");
        }
        return rows;
    }

    private static long[] sizes(String given) {
        if (given == null || given.isBlank()) {
            return SIZES;
        }
        try {
            long[] sizes = Arrays.stream(given.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray();
            if (sizes.length > 0 && Arrays.stream(sizes).allMatch(size -> size > 0 && size <= 10_000_000)) {
                return sizes;
            }
        } catch (NumberFormatException notNumbers) {
            // reported below
        }
        throw OpconException.configuration("option --" + SIZES_OPTION + ": give key counts from 1 to 10000000,"
                + " separated by commas, e.g. 10000,100000");
    }

    private static BenchmarkRow measure(Jedis jedis, RedisInspector inspector, long size) {
        LongSupplier observation = () -> {
            inspector.status();
            CounterScan scan = inspector.countersNow();
            if (scan.keysTotal() != size) {
                throw new IllegalStateException("the observation saw " + scan.keysTotal() + " counters, not " + size);
            }
            return scan.keysTotal();
        };
        LongSupplier baseline = () -> BaselineReads.pipelined(jedis);
        observation.getAsLong();
        baseline.getAsLong();
        double[] opcon = new double[TIMED_RUNS];
        double[] raw = new double[TIMED_RUNS];
        for (int run = 0; run < TIMED_RUNS; run++) {
            // Interleaved, so that a busy moment of the machine hurts both alike.
            raw[run] = milliseconds(baseline);
            opcon[run] = milliseconds(observation);
        }
        long seedKeys = Math.min(size, SEED_SYSTEM_CAP);
        double seedMilliseconds = milliseconds(() -> BaselineReads.twoRoundTripsPerKey(jedis, seedKeys)) * size / seedKeys;
        double heap = LiveHeapProbe.peakMegabytes(observation::getAsLong);
        return new BenchmarkRow(size, median(opcon), median(raw), seedMilliseconds, seedKeys, heap);
    }

    private static Jedis connect(RedisEndpoint endpoint) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(2_000).socketTimeoutMillis(30_000).database(endpoint.database()).ssl(endpoint.tls());
        endpoint.user().ifPresent(config::user);
        endpoint.password().ifPresent(config::password);
        return new Jedis(new HostAndPort(endpoint.host(), endpoint.port()), config.build());
    }

    private static void requireEmpty(Jedis jedis, RedisEndpoint endpoint) {
        long keys = jedis.dbSize();
        if (keys != 0) {
            throw OpconException.configuration("the benchmark writes up to a million counters and empties the database"
                    + " afterwards, but database " + endpoint.database() + " of " + endpoint.masked() + " holds " + keys
                    + " keys: give it an empty one, e.g. redis://host:port/15");
        }
    }

    private static double milliseconds(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
