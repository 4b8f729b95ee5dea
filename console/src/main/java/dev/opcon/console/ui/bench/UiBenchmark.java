package dev.opcon.console.ui.bench;

import dev.opcon.core.spi.Benchmark;
import dev.opcon.limiter.embedded.LocalRedis;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The full-screen console's speed: one frame of the full dashboard at 200x60; the CPU and heap of a
 * console refreshing every second against 3 nodes and 10 000 keys, next to an idle JVM measured in
 * the same run; and the time from launch to the first drawn frame. Prints a table.
 *
 * <p>{@code main} starts its own Redis; as a {@link Benchmark} ({@code opcon bench ui}) it uses the
 * Redis the command line gives it. Options: {@code keys} (10000), {@code seconds} measured (30).
 */
public final class UiBenchmark implements Benchmark {

    private static final int NODES = 3;
    /** Long enough for the JIT to settle, so the CPU measured is the steady state. */
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final int LAUNCHES = 3;

    /** {@code [--keys N] [--seconds N]}: runs against a Redis of its own. */
    public static void main(String[] arguments) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int index = 0; index + 1 < arguments.length; index += 2) {
            options.put(arguments[index].replaceFirst("^--", ""), arguments[index + 1]);
        }
        runWithOwnRedis(options, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        // The limiter nodes' HTTP servers and client pools are not all daemon threads.
        System.exit(0);
    }

    /** Runs everything with the default sizes against a Redis of its own. */
    public static void run(PrintStream out) throws Exception {
        runWithOwnRedis(Map.of(), out);
    }

    private static void runWithOwnRedis(Map<String, String> options, PrintStream out) throws Exception {
        try (LocalRedis redis = LocalRedis.start()) {
            Map<String, String> withRedis = new java.util.HashMap<>(options);
            withRedis.put("redis-url", redis.url());
            new UiBenchmark().run(withRedis, out);
        }
    }

    @Override
    public String name() {
        return "ui";
    }

    @Override
    public String description() {
        return "full-screen console: frame time at 200x60, CPU and heap while refreshing, time to first frame";
    }

    /** The limiter nodes need a Redis: {@code opcon bench ui} starts one unless given {@code --redis-url}. */
    @Override
    public boolean needsRedis() {
        return true;
    }

    @Override
    public void run(Map<String, String> options, PrintStream out) throws Exception {
        int keys = Integer.parseInt(options.getOrDefault("keys", "10000"));
        long seconds = Long.parseLong(options.getOrDefault("seconds", "30"));
        try (BenchCluster cluster = BenchCluster.start(options.get("redis-url"), NODES)) {
            out.printf("filling %d keys through %d limiter nodes...%n", keys, NODES);
            cluster.fill(keys);
            out.println("timing frames...");
            ChildJvm.Output frames = ChildJvm.run("frames", cluster.nodeUrls(), cluster.redisUrl());
            out.printf("measuring the console for %d s, then an idle JVM for %d s...%n", seconds, seconds);
            ChildJvm.Output console = ChildJvm.run("console", String.valueOf(WARM_UP.toSeconds()),
                    String.valueOf(seconds), cluster.nodeUrls(), cluster.redisUrl());
            ChildJvm.Output idle = ChildJvm.run("idle", String.valueOf(WARM_UP.toSeconds()), String.valueOf(seconds));
            out.println("timing launches...");
            List<Double> firstFrames = new ArrayList<>();
            List<Double> firstDashboards = new ArrayList<>();
            for (int launch = 0; launch < LAUNCHES; launch++) {
                ChildJvm.Output started = ChildJvm.run("first-frame", cluster.nodeUrls(), cluster.redisUrl());
                firstFrames.add(millisTo(started, "FIRST_FRAME"));
                firstDashboards.add(millisTo(started, "FIRST_DASHBOARD"));
            }
            new BenchmarkTable(out).print(keys, frames, console, idle, firstFrames, firstDashboards);
        }
    }

    private static double millisTo(ChildJvm.Output output, String line) {
        Long at = output.lineNanos().get(line);
        return at == null ? Double.NaN : (at - output.startedNanos()) / 1e6;
    }

    static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
