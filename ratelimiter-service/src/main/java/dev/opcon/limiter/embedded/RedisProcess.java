package dev.opcon.limiter.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of redis-server: launched, waited for until it accepts connections, stopped. */
final class RedisProcess {

    private static final Logger LOG = LoggerFactory.getLogger(RedisProcess.class);
    private static final String READY = "Ready to accept connections";
    private static final long START_TIMEOUT_SECONDS = 15;
    private static final long STOP_TIMEOUT_SECONDS = 5;
    private static final int OUTPUT_LINES_KEPT = 30;

    private final Process process;
    private final Deque<String> lastOutput = new ArrayDeque<>();
    private final CountDownLatch readyOrExited = new CountDownLatch(1);

    private RedisProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts redis-server with a configuration file (not arguments, so that the password does not
     * show in {@code ps}) and returns once it accepts connections.
     *
     * @throws IOException when it exits or does not become ready, with its last output lines
     */
    static RedisProcess launch(Path executable, Path directory, int port, String password) throws IOException {
        Path configuration = directory.resolve("redis-" + port + ".conf");
        Files.writeString(configuration, configurationText(directory, port, password), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(executable.toString(), configuration.toString())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        RedisProcess redis = new RedisProcess(process);
        Thread reader = new Thread(redis::readOutput, "local-redis-output-" + port);
        reader.setDaemon(true);
        reader.start();
        redis.awaitReady(port);
        return redis;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Freezes (SIGSTOP) or thaws (SIGCONT) the process: a Redis that accepts connections but
     * answers nothing, the hardest outage for a client.
     */
    void signal(String signal) {
        try {
            // Through sh, whose kill is built in: a slim image may have no /bin/kill.
            Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + process.pid())
                    .redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                kill.destroyForcibly();
                throw new IOException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send " + signal + " to redis-server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + signal + " to redis-server", e);
        }
    }

    /** SIGTERM, then SIGKILL if Redis takes too long; returns once the process is gone. */
    void stop() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** For the JVM shutdown hook: no waiting beyond what the OS needs. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void awaitReady(int port) throws IOException {
        try {
            boolean signalled = readyOrExited.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (signalled && process.isAlive()) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        throw new IOException("redis-server on port " + port + " did not become ready; its last output: " + lastOutput());
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                remember(line);
                LOG.trace("redis-server: {}", line);
                if (line.contains(READY)) {
                    readyOrExited.countDown();
                }
            }
        } catch (IOException e) {
            // The process is gone; the latch below tells the waiting side.
        } finally {
            readyOrExited.countDown();
        }
    }

    private synchronized void remember(String line) {
        if (lastOutput.size() == OUTPUT_LINES_KEPT) {
            lastOutput.removeFirst();
        }
        lastOutput.addLast(line);
    }

    private synchronized List<String> lastOutput() {
        return List.copyOf(lastOutput);
    }

    private static String configurationText(Path directory, int port, String password) {
        StringBuilder text = new StringBuilder()
                .append("port ").append(port).append('\n')
                .append("bind 127.0.0.1\n")
                // No persistence: a throwaway server that writes nothing and starts empty.
                .append("save \"\"\n")
                .append("appendonly no\n")
                .append("daemonize no\n")
                .append("logfile \"\"\n")
                .append("dir ").append(quoted(directory.toString())).append('\n');
        if (password != null) {
            text.append("requirepass ").append(quoted(password)).append('\n');
        }
        return text.toString();
    }

    /** Redis configuration quoting: double quotes, with backslash escapes inside. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
