package dev.opcon.core.spi;

import java.io.PrintStream;
import java.util.Map;

/**
 * A speed or memory benchmark a module ships, run by {@code opcon bench NAME}. Found with
 * {@link java.util.ServiceLoader} (list it in {@code META-INF/services/dev.opcon.core.spi.Benchmark}),
 * so the console runs a subject's benchmark without importing the subject.
 *
 * <p>A benchmark measures its own baseline in the same run and prints a table with the ratio.
 */
public interface Benchmark {

    /** Short name used on the command line, e.g. {@code redis}. */
    String name();

    String description();

    /** True when it needs a Redis: the console then starts one unless the user gave {@code --redis-url}. */
    default boolean needsRedis() {
        return false;
    }

    /**
     * @param options {@code redis-url} is present when {@link #needsRedis()}; other options are
     *                passed through from {@code --name value} flags
     */
    void run(Map<String, String> options, PrintStream out) throws Exception;
}
