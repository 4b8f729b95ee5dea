package dev.opcon.ratelimiter.client;

import dev.opcon.ratelimiter.model.CounterDefaults;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The counters of one SCAN page and their pending replies, reused page after page by
 * {@link CounterCollector}. Keys whose override sets a window of their own are counted again with
 * the next page (a few per page), so they cost no round trip of their own.
 */
final class CounterPage {

    private record Recount(byte[] key, long limit, long windowMilliseconds, Response<Long> count) {
    }

    private final long now;
    private final CounterDefaults defaults;
    private final TopCounters top;
    private final byte[] defaultStart;
    private final List<byte[]> counters = new ArrayList<>(CounterCollector.PAGE_SIZE);
    private final List<Response<Long>> counts = new ArrayList<>(CounterCollector.PAGE_SIZE);
    private final List<Response<List<byte[]>>> overrides = new ArrayList<>(CounterCollector.PAGE_SIZE);
    private List<Recount> toAsk = new ArrayList<>();
    private List<Recount> asked = new ArrayList<>();
    private long keysTotal;

    CounterPage(long now, CounterDefaults defaults, TopCounters top) {
        this.now = now;
        this.defaults = defaults;
        this.top = top;
        this.defaultStart = CounterKeys.windowStart(now, defaults.windowMilliseconds());
    }

    void ask(Pipeline pipeline, List<byte[]> keys) {
        counters.clear();
        counts.clear();
        overrides.clear();
        for (byte[] key : keys) {
            if (CounterKeys.isCounter(key)) {
                counters.add(key);
                counts.add(pipeline.zcount(key, defaultStart, CounterKeys.PLUS_INFINITY));
                overrides.add(pipeline.hmget(CounterKeys.overrideOf(key), CounterKeys.LIMIT_FIELD, CounterKeys.WINDOW_FIELD));
            }
        }
    }

    /** Asks for the recounts the previous page found necessary. */
    void askRecounts(Pipeline pipeline) {
        List<Recount> sent = new ArrayList<>(toAsk.size());
        for (Recount recount : toAsk) {
            sent.add(new Recount(recount.key(), recount.limit(), recount.windowMilliseconds(), pipeline.zcount(
                    recount.key(), CounterKeys.windowStart(now, recount.windowMilliseconds()), CounterKeys.PLUS_INFINITY)));
        }
        asked = sent;
        toAsk = new ArrayList<>();
    }

    boolean hasRecountsToAsk() {
        return !toAsk.isEmpty();
    }

    void offerRecounted() {
        for (Recount recount : asked) {
            Long admissions = countOrNull(recount.count());
            if (admissions != null) {
                top.offer(recount.key(), admissions, recount.limit(), recount.windowMilliseconds(), true);
            }
        }
        asked = List.of();
    }

    /** Offers this page's keys counted in the default window; keeps the others for a recount. */
    void offerAnswered() {
        for (int index = 0; index < counters.size(); index++) {
            Long admissions = countOrNull(counts.get(index));
            if (admissions == null) {
                continue; // not a sorted set: not a counter, whatever its name
            }
            keysTotal++;
            List<byte[]> override = overrides.get(index).get();
            long limit = CounterKeys.number(override.get(0), defaults.limit());
            long window = CounterKeys.number(override.get(1), defaults.windowMilliseconds());
            if (window != defaults.windowMilliseconds()) {
                toAsk.add(new Recount(counters.get(index), limit, window, null));
            } else {
                top.offer(counters.get(index), admissions, limit, window, override.get(0) != null || override.get(1) != null);
            }
        }
        counters.clear();
    }

    TopCounters top() {
        return top;
    }

    long keysTotal() {
        return keysTotal;
    }

    private static Long countOrNull(Response<Long> count) {
        try {
            return count.get();
        } catch (JedisDataException wrongType) {
            return null;
        }
    }
}
