package dev.opcon.console.cli;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.Benchmark;
import dev.opcon.limiter.embedded.LocalRedis;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opcon bench NAME}: runs a benchmark that a module ships ({@link Benchmark}), against the
 * given {@code --redis-url} or a Redis it starts and stops itself.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark (prints a table with its ratio against a baseline measured in the same run).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", arity = "0..1", description = "The benchmark; none lists them.")
    String name;

    @picocli.CommandLine.Unmatched
    java.util.List<String> subjectOptions = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Benchmark> benchmarks = ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get).toList();
        if (name == null) {
            benchmarks.forEach(benchmark -> spec.commandLine().getOut().printf("%-10s %s%n", benchmark.name(), benchmark.description()));
            spec.commandLine().getOut().flush();
            return 0;
        }
        Benchmark benchmark = benchmarks.stream().filter(each -> each.name().equals(name)).findFirst()
                .orElseThrow(() -> OpconException.configuration("unknown benchmark '" + name + "'; available: "
                        + benchmarks.stream().map(Benchmark::name).collect(Collectors.joining(", "))));
        Map<String, String> options = new LinkedHashMap<>(SubjectFlags.options(subjectOptions));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!benchmark.needsRedis() || options.containsKey("redis-url")) {
            benchmark.run(options, out);
            return 0;
        }
        try (LocalRedis redis = LocalRedis.start()) {
            options.put("redis-url", redis.url());
            benchmark.run(options, out);
        }
        return 0;
    }
}
