package dev.opcon.console.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a process's CPU goes, by thread group: the UI thread; the refresh (the refresh loop, the
 * source reads and the subject's own {@code opcon-*} threads and HTTP client); the JIT compiler;
 * the rest. Threads that start and end within the window are not counted, which is why the groups
 * may sum to less than the total.
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

    /** The busiest threads of the refresh, as "name=1.2" pairs, busiest first. */
    String busiestRefreshThreads(double elapsedNanos, int count) {
        Map<String, Double> others = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long now = threads.getThreadCpuTime(id);
            var info = threads.getThreadInfo(id);
            if (now >= 0 && info != null && group(info.getThreadName()).equals("refresh")) {
                String name = info.getThreadName().replaceAll("[-\\d]+$", "").replace(' ', '_');
                others.merge(name, 100 * (now - before.getOrDefault(id, 0L)) / elapsedNanos, Double::sum);
            }
        }
        return others.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(count)
                .map(entry -> entry.getKey() + "=" + String.format(java.util.Locale.ROOT, "%.2f", entry.getValue()))
                .reduce((a, b) -> a + "," + b).orElse("none");
    }

    /** Percent of one core per group over {@code elapsedNanos}. */
    Map<String, Double> percentByGroup(double elapsedNanos) {
        Map<String, Double> groups = new LinkedHashMap<>();
        for (String group : new String[] {"ui", "refresh", "other"}) {
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
        return threadName.startsWith("opcon-") || threadName.startsWith("HttpClient") ? "refresh" : "other";
    }

    private static long compilationMillis() {
        var compilation = ManagementFactory.getCompilationMXBean();
        return compilation != null && compilation.isCompilationTimeMonitoringSupported()
                ? compilation.getTotalCompilationTime() : 0;
    }
}
