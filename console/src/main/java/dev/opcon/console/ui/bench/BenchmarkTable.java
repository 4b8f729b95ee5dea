package dev.opcon.console.ui.bench;

import java.io.PrintStream;
import java.util.List;

/** The benchmark's table: each measure, its value, the idle baseline where there is one, and the target. */
final class BenchmarkTable {

    private static final String ROW = "%-52s %-22s %-20s %-14s %s%n";

    private static final java.util.Map<String, String> GROUPS = java.util.Map.of(
            "ui", "the UI thread (keys, drawing)", "refresh", "the refresh: loop, sources, subject threads",
            "jit", "JIT compilation (elapsed)", "other", "other threads");

    private final PrintStream out;

    BenchmarkTable(PrintStream out) {
        this.out = out;
    }

    void print(int keys, ChildJvm.Output frames, ChildJvm.Output console, ChildJvm.Output idle,
               List<Double> firstFrames, List<Double> firstDashboards) {
        out.println();
        out.printf(ROW, "measure", "value", "idle JVM baseline", "target", "");
        out.printf(ROW, "-".repeat(52), "-".repeat(22), "-".repeat(20), "-".repeat(14), "");
        row("frame 200x60: render to canvas, p50 / p99 ms", pair(frames, "render"), "", "", "");
        row("frame 200x60: render + send changes, p50 / p99 ms", pair(frames, "delta"), "", "p99 < 5",
                verdict(value(frames, "delta_p99") < 5));
        row("frame 200x60: render + complete repaint, p50/p99 ms", pair(frames, "complete"), "", "p99 < 5",
                verdict(value(frames, "complete_p99") < 5));
        row("bytes sent per refreshed frame", UiBenchmark.number(value(frames, "delta_bytes")), "", "", "");
        double cpu = value(console, "cpu_percent");
        double idleCpu = value(idle, "cpu_percent");
        row("CPU, % of one core (1 s refresh, 3 nodes, " + keys + " keys)", UiBenchmark.number(cpu),
                UiBenchmark.number(idleCpu), "< 5", verdict(cpu < 5));
        for (String group : new String[] {"ui", "refresh", "jit", "other"}) {
            row("  of which " + GROUPS.getOrDefault(group, group), UiBenchmark.number(value(console, "cpu_" + group + "_percent")),
                    "", "", "");
        }
        row("  busiest refresh threads, %", console.lines().getOrDefault("BUSIEST", "n/a"), "", "", "");
        double heap = value(console, "heap_after_gc_mb");
        row("heap used after GC, MB", UiBenchmark.number(heap), UiBenchmark.number(value(idle, "heap_after_gc_mb")),
                "< 128", verdict(heap < 128));
        double peak = value(console, "heap_peak_mb");
        row("heap used, peak, MB", UiBenchmark.number(peak), UiBenchmark.number(value(idle, "heap_peak_mb")),
                "< 128", verdict(peak < 128));
        row("heap committed, MB", UiBenchmark.number(value(console, "heap_committed_mb")),
                UiBenchmark.number(value(idle, "heap_committed_mb")), "", "");
        row("frames drawn per second while refreshing", UiBenchmark.number(value(console, "frames_per_second")), "", "", "");
        double worstFirstFrame = firstFrames.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        row("launch to first drawn frame, ms (worst of " + firstFrames.size() + ")", UiBenchmark.number(worstFirstFrame),
                "", "< 1500", verdict(worstFirstFrame < 1500));
        row("launch to first dashboard with data, ms (worst)", UiBenchmark.number(
                firstDashboards.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)), "", "", "");
    }

    private void row(String measure, String value, String baseline, String target, String verdict) {
        out.printf(ROW, measure, value, baseline, target, verdict);
    }

    private static String pair(ChildJvm.Output frames, String measure) {
        return UiBenchmark.number(value(frames, measure + "_p50")) + " / " + UiBenchmark.number(value(frames, measure + "_p99"));
    }

    private static double value(ChildJvm.Output output, String name) {
        return output.results().getOrDefault(name, Double.NaN);
    }

    private static String verdict(boolean met) {
        return met ? "ok" : "MISSED";
    }
}
