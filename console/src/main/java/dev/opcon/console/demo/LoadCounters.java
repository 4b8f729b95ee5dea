package dev.opcon.console.demo;

import java.util.concurrent.atomic.LongAdder;

/** What the load generator has sent and what came back; updated from many threads. */
final class LoadCounters {

    private final LongAdder allowed = new LongAdder();
    private final LongAdder blocked = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder skipped = new LongAdder();

    /** @param status the HTTP status, or -1 when no answer came */
    void answered(int status) {
        if (status == 200) {
            allowed.increment();
        } else if (status == 429) {
            blocked.increment();
        } else {
            failed.increment();
        }
    }

    /** Requests not sent: no node to send to, or too many in flight. */
    void skipped(int count) {
        skipped.add(count);
    }

    Totals totals() {
        return new Totals(allowed.sum(), blocked.sum(), failed.sum(), skipped.sum());
    }

    record Totals(long allowed, long blocked, long failed, long skipped) {

        long answered() {
            return allowed + blocked;
        }
    }
}
