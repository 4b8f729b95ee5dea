package dev.opcon.limiter.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, throwaway {@code redis-server} on a free loopback port, for tests and the demo.
 *
 * <p>Runs without persistence ({@code save ""}, {@code appendonly no}) in a temporary directory
 * that {@link #close()} deletes. {@link #stop()} and {@link #restart()} simulate an outage and
 * its recovery on the same port; a restarted Redis is empty, like a real one without persistence.
 * A JVM shutdown hook kills the process if the owner forgets to close it, so that no redis-server
 * outlives the tests.
 */
public final class LocalRedis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRedis.class);
    private static final String HOST = "127.0.0.1";
    private static final int START_ATTEMPTS = 3;

    private final Path directory;
    private final Path executable;
    private final int port;
    private final String password;
    private final Thread shutdownHook;
    private volatile RedisProcess process;
    private boolean paused;
    private boolean closed;

    private LocalRedis(Path directory, Path executable, int port, String password, RedisProcess process) {
        this.directory = directory;
        this.executable = executable;
        this.port = port;
        this.password = password;
        this.process = process;
        this.shutdownHook = new Thread(this::killQuietly, "local-redis-cleanup-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a Redis without a password. */
    public static LocalRedis start() {
        return start(null);
    }

    /** Starts a Redis that requires {@code password} ({@code null} for none). */
    public static LocalRedis start(String password) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("opcon-redis-");
            Path executable = RedisExecutable.locate(directory);
            IOException lastFailure = null;
            // A free port can be taken by someone else before Redis binds it; try another one.
            for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
                int port = freePort();
                try {
                    RedisProcess process = RedisProcess.launch(executable, directory, port, password);
                    LOG.debug("local Redis {} started on port {}", executable, port);
                    return new LocalRedis(directory, executable, port, password, process);
                } catch (IOException e) {
                    lastFailure = e;
                }
            }
            throw lastFailure;
        } catch (IOException e) {
            deleteQuietly(directory);
            throw new UncheckedIOException("cannot start a local redis-server: " + e.getMessage(), e);
        }
    }

    /** {@code redis://127.0.0.1:port}, never with the password. */
    public String url() {
        return "redis://" + HOST + ":" + port;
    }

    /** {@code redis://:password@127.0.0.1:port}, or {@link #url()} when there is no password. */
    public String urlWithPassword() {
        if (password == null) {
            return url();
        }
        return "redis://:" + URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20") + "@" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** The redis-server binary in use: from PATH, or extracted from the embedded-redis jar. */
    public Path executable() {
        return executable;
    }

    /** The temporary directory holding the configuration (and an extracted binary); deleted on close. */
    public Path directory() {
        return directory;
    }

    /** The process id while running, to let tests check that nothing is left behind. */
    public synchronized OptionalLong pid() {
        return process == null ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Freezes the server (SIGSTOP): connections still open but nothing answers, as with a Redis
     * stuck on a slow command or a dead network path. {@link #resume()} undoes it.
     */
    public synchronized void pause() {
        requireRunning().signal("STOP");
        paused = true;
    }

    public synchronized void resume() {
        requireRunning().signal("CONT");
        paused = false;
    }

    /** Stops the server (an outage); {@link #restart()} brings it back on the same port. */
    public synchronized void stop() {
        if (process != null) {
            if (paused) {
                // A frozen process would only act on SIGTERM once thawed.
                resume();
            }
            process.stop();
            process = null;
        }
    }

    /** Stops the server if it runs and starts it again, empty, on the same port. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("this local Redis is closed");
        }
        stop();
        try {
            process = RedisProcess.launch(executable, directory, port, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart the local redis-server on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server and deletes its directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        deleteQuietly(directory);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; nothing left for it to do.
        }
    }

    @Override
    public String toString() {
        return "LocalRedis[" + url() + ", " + executable + "]";
    }

    private RedisProcess requireRunning() {
        if (process == null) {
            throw new IllegalStateException("the local Redis on port " + port + " is not running");
        }
        return process;
    }

    /** The shutdown hook: no locking, the JVM is going down and the owner may hold the lock. */
    private void killQuietly() {
        RedisProcess running = process;
        if (running != null) {
            running.kill();
        }
        deleteQuietly(directory);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete {}: {}", directory, e.getMessage());
        }
    }
}
