package dev.opcon.ratelimiter.client;

import dev.opcon.ratelimiter.model.Utilisation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The N busiest keys seen so far, in a heap whose head is the least busy of them: memory stays at
 * N entries however many keys pass through. Not thread-safe; one scan owns one.
 */
final class TopCounters {

    /** A key as the scan found it; {@code redisKey} is the full {@code ratelimit:{key}} name. */
    record Candidate(byte[] redisKey, long count, long limit, long windowMilliseconds, boolean limitOverridden,
                     double utilisation) {
    }

    /** Utilisation, then count, high first; then key name, so the order is stable between refreshes. */
    static final Comparator<Candidate> BUSIEST_FIRST = Comparator.comparingDouble(Candidate::utilisation).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::count).reversed())
            .thenComparing(Candidate::redisKey, Arrays::compareUnsigned);

    private final int capacity;
    private final PriorityQueue<Candidate> leastBusyFirst;

    TopCounters(int capacity) {
        this.capacity = capacity;
        this.leastBusyFirst = new PriorityQueue<>(capacity + 1, BUSIEST_FIRST.reversed());
    }

    void offer(byte[] redisKey, long count, long limit, long windowMilliseconds, boolean limitOverridden) {
        if (capacity == 0) {
            return;
        }
        double utilisation = Utilisation.of(count, limit);
        if (leastBusyFirst.size() == capacity) {
            Candidate least = leastBusyFirst.peek();
            // Cheap test first: most keys of a large keyspace stop here without allocating anything.
            if (utilisation < least.utilisation() || (utilisation == least.utilisation() && count < least.count())) {
                return;
            }
        }
        Candidate candidate = new Candidate(redisKey, count, limit, windowMilliseconds, limitOverridden, utilisation);
        if (leastBusyFirst.size() == capacity && BUSIEST_FIRST.compare(candidate, leastBusyFirst.peek()) >= 0) {
            return;
        }
        if (alreadyHeld(redisKey)) {
            return; // SCAN may return a key twice while Redis resizes its table
        }
        leastBusyFirst.add(candidate);
        if (leastBusyFirst.size() > capacity) {
            leastBusyFirst.poll();
        }
    }

    List<Candidate> busiestFirst() {
        List<Candidate> ordered = new ArrayList<>(leastBusyFirst);
        ordered.sort(BUSIEST_FIRST);
        return ordered;
    }

    private boolean alreadyHeld(byte[] redisKey) {
        for (Candidate held : leastBusyFirst) {
            if (Arrays.equals(held.redisKey(), redisKey)) {
                return true;
            }
        }
        return false;
    }
}
