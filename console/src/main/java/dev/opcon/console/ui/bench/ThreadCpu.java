package dev.opcon.console.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a process's CPU goes, by thread group: the UI thread, the refresh (the loop and the
 * subject's source reads), the HTTP client, the JIT compiler and the rest. Threads that start and
 * end within the window are not counted, which is why the groups may sum to less than the total.
 */
final class ThreadCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> before = new HashMap<>();
    private final long compilationBefore = compilationMillis();

    private ThreadCpu() {
        for (long id : threads.getAllThreadIds()) {
            before.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** Percent of one core per group over {@code elapsedNanos}. */
    Map<String, Double> percentByGroup(double elapsedNanos) {
        Map<String, Double> groups = new LinkedHashMap<>();
        for (String group : new String[] {"ui", "refresh", "http", "other"}) {
            groups.put(group, 0.0);
        }
        for (long id : threads.getAllThreadIds()) {
            long now = threads.getThreadCpuTime(id);
            var info = threads.getThreadInfo(id);
            if (now < 0 || info == null) {
                continue;
            }
            double used = now - before.getOrDefault(id, 0L);
            groups.merge(group(info.getThreadName()), 100 * used / elapsedNanos, Double::sum);
        }
        groups.put("jit", 100 * (compilationMillis() - compilationBefore) * 1e6 / elapsedNanos);
        return groups;
    }

    private static String group(String threadName) {
        if (threadName.equals("opcon-ui")) {
            return "ui";
        }
        if (threadName.startsWith("opcon-refresh") || threadName.startsWith("opcon-source")) {
            return "refresh";
        }
        return threadName.startsWith("HttpClient") ? "http" : "other";
    }

    private static long compilationMillis() {
        var compilation = ManagementFactory.getCompilationMXBean();
        return compilation != null && compilation.isCompilationTimeMonitoringSupported()
                ? compilation.getTotalCompilationTime() : 0;
    }
}
