package dev.opcon.ratelimiter.client;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every exception behind a failure: the cause chain and the suppressed exceptions (Jedis reports
 * a refused connection as a suppressed exception of "Failed to connect to host:port.").
 */
final class Causes {

    private static final int MOST = 32;

    private Causes() {
    }

    static List<Throwable> of(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        collect(failure, all, seen);
        return all;
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        return of(failure).stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private static void collect(Throwable failure, List<Throwable> all, Map<Throwable, Boolean> seen) {
        for (Throwable cause = failure; cause != null && all.size() < MOST; cause = cause.getCause()) {
            if (seen.put(cause, Boolean.TRUE) != null) {
                return;
            }
            all.add(cause);
            for (Throwable suppressed : cause.getSuppressed()) {
                collect(suppressed, all, seen);
            }
        }
    }
}
