package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import dev.opcon.ratelimiter.model.CounterDefaults;
import dev.opcon.ratelimiter.model.CounterScan;
import dev.opcon.ratelimiter.model.RedisStatus;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Reads Redis directly: its health (PING, INFO, DBSIZE) and the counters as Redis itself counts
 * them. Creating it does no I/O.
 */
public final class RedisInspector implements AutoCloseable {

    /**
     * The PING decides {@code redis_disconnected}: at most this long, so that a Redis that hangs is
     * reported well inside a source's deadline, within one refresh of a one-second interval.
     */
    static final Duration LONGEST_PING = Duration.ofMillis(800);

    private final RedisConnections connections;
    private final RedisPingConnection ping;
    private final CounterScanner scanner;

    /**
     * @param timeout  connect and read timeout of every Redis call (keep it short: ≤ 1 s); PING's is
     *                 at most {@link #LONGEST_PING}
     * @param topKeys  how many of the busiest keys to keep
     * @param defaults the limit and window of keys without an override, asked for at each pass
     */
    public RedisInspector(RedisEndpoint endpoint, Duration timeout, int topKeys, Supplier<CounterDefaults> defaults) {
        this.connections = new RedisConnections(endpoint, timeout);
        this.ping = new RedisPingConnection(endpoint, timeout.compareTo(LONGEST_PING) < 0 ? timeout : LONGEST_PING);
        CounterCollector collector = new CounterCollector(topKeys);
        this.scanner = new CounterScanner(() -> connections.withJedis(jedis -> collector.collect(jedis, defaults.get())));
    }

    public RedisEndpoint endpoint() {
        return connections.endpoint();
    }

    /**
     * PING on its own connection, then INFO and DBSIZE from the pool.
     *
     * @throws OpconException naming the endpoint, password masked
     */
    public RedisStatus status() {
        double pingMilliseconds = ping.ping();
        return connections.withJedis(jedis -> {
            RedisInfo info = RedisInfo.parse(jedis.info());
            return new RedisStatus(pingMilliseconds, jedis.dbSize(), info.number("used_memory", -1),
                    info.decimal("instantaneous_ops_per_sec"), info.text("redis_version"));
        });
    }

    /**
     * The busiest counters, from a pass that runs in the background when it takes longer than
     * {@code wait} (see {@link CounterScanner}).
     */
    public CounterScan counters(Duration wait) throws InterruptedException {
        return scanner.read(wait);
    }

    /** One full pass on the caller's thread, for the benchmark. */
    public CounterScan countersNow() {
        return scanner.passNow();
    }

    @Override
    public void close() {
        scanner.close();
        ping.close();
        connections.close();
    }
}
