package dev.opcon.console.demo;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.core.ConditionTimeoutException;

/**
 * {@code java -cp <test class path> dev.opcon.console.Main demo --headless ...} as a child process,
 * with its own temporary folder, state and config folders, and its output in a file.
 */
final class DemoProcess {

    private final Process process;
    private final Path output;
    private final Path temporary;

    private DemoProcess(Process process, Path output, Path temporary) {
        this.process = process;
        this.output = output;
        this.temporary = temporary;
    }

    static DemoProcess start(Path home, Map<String, String> extraEnvironment, String... demoArguments) throws IOException {
        Path temporary = Files.createDirectories(home.resolve("tmp"));
        Path output = home.resolve("output.txt");
        List<String> command = new ArrayList<>(List.of(javaBinary().toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + temporary,
                "-XX:TieredStopAtLevel=1",
                "dev.opcon.console.Main", "demo", "--headless"));
        command.addAll(Arrays.asList(demoArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().putAll(extraEnvironment);
        return new DemoProcess(builder.start(), output, temporary);
    }

    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    Process process() {
        return process;
    }

    /** The process and everything it started (redis-server, prometheus), as of now. */
    List<ProcessHandle> family() {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        return family;
    }

    /** Waits for the {@code ports:} line the demo prints once its cluster runs. */
    List<Integer> awaitPorts() {
        try {
            return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(this::ports, Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException notYet) {
            throw new AssertionError("the demo printed no ports line within 90 s; alive: " + process.isAlive()
                    + "; its output:\n" + output(), notYet);
        }
    }

    /**
     * A PATH like this one without {@code redis-server} and {@code prometheus}: a folder of links to
     * every other program, so that the demo finds what any machine has ({@code uname}) and no more.
     */
    static String pathWithoutRedisAndPrometheus(Path home) throws IOException {
        Path programs = Files.createDirectories(home.resolve("bin"));
        for (String directory : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            Path folder = Path.of(directory);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (var entries = Files.list(folder)) {
                for (Path program : entries.toList()) {
                    String name = program.getFileName().toString();
                    boolean excluded = name.startsWith("redis-") || name.equals("prometheus");
                    if (!excluded && !Files.exists(programs.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(programs.resolve(name), program);
                    }
                }
            }
        }
        return javaBinary().getParent() + java.io.File.pathSeparator + programs;
    }

    /** Removes the links of {@link #pathWithoutRedisAndPrometheus} (JUnit warns about each it meets). */
    static void deleteLinks(Path home) throws IOException {
        try (var links = Files.list(home.resolve("bin"))) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is left in the process's temporary folder. */
    List<Path> temporaryFiles() {
        try (var files = Files.list(temporary)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<List<Integer>> ports() {
        return output().lines().filter(line -> line.startsWith("ports: ")).findFirst()
                .map(line -> Arrays.stream(line.substring("ports: ".length()).trim().split(" "))
                        .map(Integer::valueOf).toList());
    }
}
