package dev.opcon.ratelimiter.client;

import dev.opcon.ratelimiter.model.CounterDefaults;
import dev.opcon.ratelimiter.model.CounterScan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * One pass over every counter in Redis, one round trip per SCAN page: a page's ZCOUNT (admissions
 * in the default window) and HMGET (the key's override) per counter go in one pipeline, together
 * with the SCAN of the next page and the recounts of the previous page's keys whose override sets
 * a window of their own. Only the N busiest keys are kept, so memory is one page plus N entries,
 * however many keys there are.
 *
 * <p>Pages are small on purpose: a SCAN blocks Redis while it runs, about 2 ms for
 * {@code COUNT 1000} against 20 ms for {@code COUNT 10000} on the test machine, and the limiter's
 * own checks wait behind it; a SCAN costs about the same per key at either size. Sequences and
 * overrides are told apart by name rather than with {@code SCAN ... TYPE}, which needs Redis 6.
 */
final class CounterCollector {

    static final int PAGE_SIZE = 1_000;

    private final int topKeys;

    CounterCollector(int topKeys) {
        this.topKeys = topKeys;
    }

    CounterScan collect(Jedis jedis, CounterDefaults defaults) {
        long started = System.nanoTime();
        // Redis's clock, as the limiter's own script uses: the console's clock may be skewed.
        List<String> time = jedis.time();
        long now = Long.parseLong(time.get(0)) * 1_000 + Long.parseLong(time.get(1)) / 1_000;
        CounterPage page = new CounterPage(now, defaults, new TopCounters(topKeys));
        ScanParams scan = new ScanParams().match(CounterKeys.ALL_COUNTERS).count(PAGE_SIZE);
        ScanResult<byte[]> result = jedis.scan(ScanParams.SCAN_POINTER_START_BINARY, scan);
        boolean more = true;
        while (more) {
            Response<ScanResult<byte[]>> next = null;
            try (Pipeline pipeline = jedis.pipelined()) {
                page.askRecounts(pipeline);
                page.ask(pipeline, result == null ? List.of() : result.getResult());
                if (result != null && !result.isCompleteIteration()) {
                    next = pipeline.scan(result.getCursorAsBytes(), scan);
                }
                pipeline.sync();
            }
            page.offerRecounted();
            page.offerAnswered();
            result = next == null ? null : next.get();
            // After the last page, one more round trip if its own-window keys still need counting.
            more = result != null || page.hasRecountsToAsk();
        }
        var busiest = CounterDetails.read(jedis, page.top().busiestFirst());
        return new CounterScan(busiest, page.keysTotal(), Instant.now(), Duration.ofNanos(System.nanoTime() - started));
    }
}
