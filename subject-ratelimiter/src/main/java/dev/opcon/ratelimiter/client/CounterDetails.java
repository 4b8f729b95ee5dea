package dev.opcon.ratelimiter.client;

import dev.opcon.ratelimiter.model.RedisCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.resps.Tuple;

/** The detail shown for the busiest keys only: time to live, oldest and newest admission. One pipeline. */
final class CounterDetails {

    private CounterDetails() {
    }

    static List<RedisCounter> read(Jedis jedis, List<TopCounters.Candidate> busiest) {
        if (busiest.isEmpty()) {
            return List.of();
        }
        List<Response<Long>> timesToLive = new ArrayList<>(busiest.size());
        List<Response<List<Tuple>>> oldest = new ArrayList<>(busiest.size());
        List<Response<List<Tuple>>> newest = new ArrayList<>(busiest.size());
        try (Pipeline pipeline = jedis.pipelined()) {
            for (TopCounters.Candidate candidate : busiest) {
                timesToLive.add(pipeline.pttl(candidate.redisKey()));
                oldest.add(pipeline.zrangeWithScores(candidate.redisKey(), 0, 0));
                newest.add(pipeline.zrangeWithScores(candidate.redisKey(), -1, -1));
            }
            pipeline.sync();
        }
        List<RedisCounter> counters = new ArrayList<>(busiest.size());
        for (int index = 0; index < busiest.size(); index++) {
            TopCounters.Candidate candidate = busiest.get(index);
            long timeToLive = timesToLive.get(index).get();
            counters.add(new RedisCounter(CounterKeys.displayName(candidate.redisKey()), candidate.count(),
                    candidate.limit(), candidate.windowMilliseconds(), candidate.limitOverridden(),
                    timeToLive >= 0 ? Optional.of(Duration.ofMillis(timeToLive)) : Optional.empty(),
                    score(oldest.get(index).get()), score(newest.get(index).get())));
        }
        return counters;
    }

    private static Optional<Instant> score(List<Tuple> entries) {
        return entries.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli((long) entries.get(0).getScore()));
    }
}
