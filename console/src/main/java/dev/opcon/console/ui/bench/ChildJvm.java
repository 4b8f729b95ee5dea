package dev.opcon.console.ui.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ConsoleProbe} in a JVM of its own, with the options the {@code opcon} launcher uses, and
 * reads its result lines, each with the time it arrived.
 */
final class ChildJvm {

    /** As in the {@code opcon} launcher script, so the benchmark measures the console as it ships. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    /** What the child printed: {@code RESULT} values by name, and when each other line arrived. */
    record Output(Map<String, Double> results, Map<String, Long> lineNanos, Map<String, String> lines,
                  long startedNanos) {
    }

    private ChildJvm() {
    }

    static Output run(String... arguments) throws IOException, InterruptedException {
        Path log = Files.createTempFile("opcon-bench-", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_OPTIONS);
        command.add("-Dopcon.log.file=" + log);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ConsoleProbe.class.getName());
        command.addAll(List.of(arguments));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Double> results = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts[0].equals("RESULT") && parts.length == 3) {
                    results.put(parts[1], Double.parseDouble(parts[2]));
                } else {
                    lines.putIfAbsent(parts[0], System.nanoTime());
                    texts.putIfAbsent(parts[0], line.substring(parts[0].length()).strip());
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(log);
        return new Output(results, lines, texts, started);
    }
}
