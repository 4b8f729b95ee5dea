package dev.opcon.limiter.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Prometheus server started from the local binary, scraping the given {@code host:port}
 * targets, for demos and integration tests. Everything it writes lives in one temporary directory
 * that {@link #close()} deletes together with the process.
 *
 * <p>Targets come from a file-based service discovery file, so {@link #setTargets} changes them
 * while Prometheus runs (it watches the file). The job is called {@value #JOB_NAME}; Prometheus's
 * {@code instance} label is the target's {@code host:port}, as for the seed system.
 */
public final class LocalPrometheus implements AutoCloseable {

    public static final String JOB_NAME = "ratelimiter";
    private static final List<Path> WELL_KNOWN_LOCATIONS = List.of(Path.of("/usr/bin/prometheus"),
            Path.of("/usr/local/bin/prometheus"), Path.of("/opt/prometheus/prometheus"));
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final int START_ATTEMPTS = 3;
    private static final int LOG_TAIL_LINES = 15;

    private final Process process;
    private final Path workDirectory;
    private final Path targetsFile;
    private final URI url;
    private final Thread shutdownHook;
    private boolean closed;

    private LocalPrometheus(Process process, Path workDirectory, Path targetsFile, URI url) {
        this.process = process;
        this.workDirectory = workDirectory;
        this.targetsFile = targetsFile;
        this.url = url;
        // An owner that forgets close(), or a JVM stopped by Ctrl-C, must not leave Prometheus running.
        this.shutdownHook = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }, "local-prometheus-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The {@code prometheus} binary on the PATH, else in a well-known location. */
    public static Optional<Path> findBinary() {
        String path = System.getenv("PATH");
        Stream<Path> onPath = path == null ? Stream.empty()
                : Stream.of(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                        .map(entry -> Path.of(entry, "prometheus"));
        return Stream.concat(onPath, WELL_KNOWN_LOCATIONS.stream())
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }

    /**
     * Starts Prometheus on a free port of 127.0.0.1 and waits until it says it is ready.
     *
     * @param targets        {@code host:port} of every node to scrape (may be empty; see {@link #setTargets})
     * @param scrapeInterval how often each target is scraped, e.g. one second for tests
     * @throws IllegalStateException when the binary is missing, or Prometheus exits or is not ready
     *                               within 30 s (the message holds the end of its log)
     */
    public static LocalPrometheus start(List<String> targets, Duration scrapeInterval) {
        Path binary = findBinary().orElseThrow(() -> new IllegalStateException("the prometheus binary was"
                + " found neither on the PATH nor in " + WELL_KNOWN_LOCATIONS
                + "; install it (Debian: apt-get install prometheus)"));
        if (scrapeInterval.toMillis() < 1) {
            throw new IllegalArgumentException("the scrape interval must be at least 1 ms, got " + scrapeInterval);
        }
        Path workDirectory = createWorkDirectory();
        try {
            Path targetsFile = workDirectory.resolve("targets.json");
            writeTargets(targetsFile, targets);
            Path configFile = workDirectory.resolve("prometheus.yml");
            Files.writeString(configFile, config(targetsFile, scrapeInterval));
            return startAttempts(binary, workDirectory, configFile, targetsFile);
        } catch (IOException e) {
            deleteRecursively(workDirectory);
            throw new UncheckedIOException("cannot write the Prometheus configuration in " + workDirectory, e);
        } catch (RuntimeException e) {
            deleteRecursively(workDirectory);
            throw e;
        }
    }

    /** Where the HTTP API answers, e.g. {@code http://127.0.0.1:40123}. */
    public URI url() {
        return url;
    }

    /** Whether the Prometheus process is still alive (false after {@link #close()}). */
    public boolean isRunning() {
        return process.isAlive();
    }

    /** The directory holding the config, the targets file, the data and the log; gone after {@link #close()}. */
    public Path workDirectory() {
        return workDirectory;
    }

    /** Replaces the scraped targets; Prometheus picks the change up within a few seconds. */
    public void setTargets(List<String> targets) {
        try {
            writeTargets(targetsFile, targets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Prometheus targets file " + targetsFile, e);
        }
    }

    /** Stops Prometheus (and anything it started), waits for it, and deletes its data and config. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop(process);
        deleteRecursively(workDirectory);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from another shutdown hook: ours runs anyway and finds nothing left to do.
        }
    }

    private static LocalPrometheus startAttempts(Path binary, Path workDirectory, Path configFile,
                                                 Path targetsFile) throws IOException {
        IllegalStateException lastFailure = null;
        // The free port is only known free when it is picked; another process may take it before
        // Prometheus binds it, so a failed start is tried again on another port.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = freePort();
            Path log = workDirectory.resolve("prometheus-" + attempt + ".log");
            Process process = new ProcessBuilder(command(binary, workDirectory, configFile, port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            URI url = URI.create("http://127.0.0.1:" + port);
            try {
                awaitReady(process, url, log);
                return new LocalPrometheus(process, workDirectory, targetsFile, url);
            } catch (IllegalStateException e) {
                stop(process);
                if (!tail(log).contains("address already in use")) {
                    throw e;
                }
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    private static List<String> command(Path binary, Path workDirectory, Path configFile, int port) {
        return List.of(binary.toString(),
                "--config.file=" + configFile,
                "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.path=" + workDirectory.resolve("data"),
                // Keep it light: a test or demo needs minutes of data, not weeks.
                "--storage.tsdb.retention.time=2h",
                "--query.max-concurrency=8",
                "--log.level=warn");
    }

    private static String config(Path targetsFile, Duration scrapeInterval) {
        String interval = scrapeInterval.toMillis() + "ms";
        return """
                global:
                  scrape_interval: %1$s
                  scrape_timeout: %1$s
                  evaluation_interval: %1$s
                scrape_configs:
                  - job_name: %2$s
                    file_sd_configs:
                      - files: ['%3$s']
                        refresh_interval: 1s
                """.formatted(interval, JOB_NAME, targetsFile.toString().replace("'", "''"));
    }

    private static void writeTargets(Path targetsFile, List<String> targets) throws IOException {
        String quoted = targets.stream().map(LocalPrometheus::jsonString).collect(Collectors.joining(", "));
        Path temporary = targetsFile.resolveSibling(targetsFile.getFileName() + ".tmp");
        Files.writeString(temporary, "[{\"targets\": [" + quoted + "]}]\n");
        // A rename, so that Prometheus never reads a half-written file.
        Files.move(temporary, targetsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String jsonString(String target) {
        if (target.chars().anyMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("not a host:port target: '" + target + "'");
        }
        return "\"" + target + "\"";
    }

    private static void awaitReady(Process process, URI url, Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(url.resolve("/-/ready")).timeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prometheus exited with status " + process.exitValue()
                        + " before it was ready; its log ends with:\n" + tail(log));
            }
            try {
                if (isReady(client, ready)) {
                    return;
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Prometheus to be ready", e);
            }
        }
        throw new IllegalStateException("Prometheus was not ready within " + READY_TIMEOUT.toSeconds()
                + " s at " + url + "; its log ends with:\n" + tail(log));
    }

    private static boolean isReady(HttpClient client, HttpRequest ready) throws InterruptedException {
        try {
            return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle descendant : descendants) {
                if (descendant.isAlive()) {
                    descendant.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path createWorkDirectory() {
        try {
            return Files.createTempDirectory("opcon-prometheus-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for Prometheus", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Best effort: a leftover directory under /tmp is not worth failing a test or a demo for.
        }
    }
}
