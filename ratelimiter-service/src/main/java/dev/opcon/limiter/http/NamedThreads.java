package dev.opcon.limiter.http;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread names that say whose thread it is in a thread dump of a JVM running several nodes. */
final class NamedThreads {

    private NamedThreads() {
    }

    /** Daemon threads: a node that someone forgot to close must not keep the JVM alive. */
    static ThreadFactory daemon(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
