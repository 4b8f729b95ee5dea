package dev.opcon.console.demo;

import dev.opcon.core.error.OpconException;
import dev.opcon.limiter.LimiterConfig;
import dev.opcon.limiter.embedded.LocalPrometheus;
import dev.opcon.limiter.embedded.LocalRedis;
import dev.opcon.limiter.redis.RedisUrl;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's whole cluster in this process: a Redis (started here unless one is given), limiter
 * nodes on free loopback ports, a load generator, and a Prometheus scraping the nodes when its
 * binary is found. {@link #close()} stops all of it and deletes its temporary files; one JVM
 * shutdown hook does the same on Ctrl-C or SIGTERM. Every port it opened is recorded, so tests
 * can check they are free again afterwards.
 */
public final class DemoCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCluster.class);

    private final DemoSettings settings;
    private final Deque<AutoCloseable> closeFirst = new ArrayDeque<>();
    private final List<ClusterNode> nodes = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::closeQuietly, "opcon-demo-cleanup");
    private Optional<LocalRedis> localRedis = Optional.empty();
    private Optional<LocalPrometheus> prometheus = Optional.empty();
    private String redisUrl;
    private LoadGenerator load;
    private boolean closed;

    private DemoCluster(DemoSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts everything, or nothing: a failure stops what was already started.
     *
     * @param prometheusBinary the Prometheus binary when there is one to start; empty runs without one
     *                         (the console then scrapes the nodes): the seam tests use
     * @throws OpconException (SOURCE_UNAVAILABLE) saying what could not be started
     */
    public static DemoCluster start(DemoSettings settings, Supplier<Optional<Path>> prometheusBinary) {
        DemoCluster cluster = new DemoCluster(settings);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        // Under the cluster's lock: a Ctrl-C during start-up waits for it, then stops all it started.
        synchronized (cluster) {
            return cluster.startAll(prometheusBinary);
        }
    }

    private DemoCluster startAll(Supplier<Optional<Path>> prometheusBinary) {
        try {
            startRedis();
            startNodes();
            startPrometheus(prometheusBinary);
            load = LoadGenerator.start(this::runningNodeUrls, new SkewedKeys(settings.keys()), settings.requestsPerSecond());
            LOG.info("demo cluster up: redis {}, nodes {}, prometheus {}, ports {}", RedisUrl.parse(redisUrl).masked(),
                    nodeUrls(), prometheusUrl().orElse("none (direct mode)"), ports());
            return this;
        } catch (RuntimeException failure) {
            close();
            if (failure instanceof OpconException) {
                throw failure;
            }
            throw new OpconException(OpconException.Category.SOURCE_UNAVAILABLE,
                    "cannot start the demo cluster: " + failure.getMessage(), failure);
        }
    }

    /** The default lookup: the {@code prometheus} binary on the PATH or in a well-known place. */
    public static Supplier<Optional<Path>> prometheusOnThisMachine(DemoSettings settings) {
        return settings.prometheus() == DemoSettings.PrometheusChoice.off ? Optional::empty : LocalPrometheus::findBinary;
    }

    public DemoSettings settings() {
        return settings;
    }

    /** The Redis URL, with its password if it has one: for connections, never for display. */
    public String redisUrl() {
        return redisUrl;
    }

    public Optional<LocalRedis> localRedis() {
        return localRedis;
    }

    public Optional<String> prometheusUrl() {
        return prometheus.map(running -> running.url().toString());
    }

    /** Every node's base URL, running or not, in node order. */
    public List<String> nodeUrls() {
        return nodes.stream().map(ClusterNode::url).toList();
    }

    List<ClusterNode> nodes() {
        return List.copyOf(nodes);
    }

    ClusterNode node(String nodeId) {
        return nodes.stream().filter(node -> node.nodeId().equals(nodeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + nodeId + " in the demo cluster"));
    }

    LoadGenerator load() {
        return load;
    }

    /** Every port this cluster opened (Redis when it started one, nodes, Prometheus). */
    public List<Integer> ports() {
        List<Integer> ports = new ArrayList<>();
        localRedis.ifPresent(redis -> ports.add(redis.port()));
        nodes.forEach(node -> ports.add(node.port()));
        prometheus.ifPresent(running -> ports.add(running.url().getPort()));
        return List.copyOf(ports);
    }

    /** Something to close before the cluster itself (a chaos control holding Redis paused, say). */
    synchronized void closeFirst(AutoCloseable closeable) {
        closeFirst.push(closeable);
    }

    /** Stops the load, chaos, Prometheus, the nodes and Redis, in that order. Idempotent. */
    @Override
    public void close() {
        closeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it is the one closing.
        }
    }

    private synchronized void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> order = new ArrayList<>();
        if (load != null) {
            order.add(load);
        }
        order.addAll(closeFirst);
        prometheus.ifPresent(order::add);
        order.add(this::stopNodes);
        localRedis.ifPresent(order::add);
        for (AutoCloseable closeable : order) {
            try {
                closeable.close();
            } catch (Exception failure) {
                LOG.warn("demo cleanup: could not close {}", closeable, failure);
            }
        }
        LOG.info("demo cluster stopped");
    }

    private void startRedis() {
        if (settings.externalRedisUrl().isPresent()) {
            redisUrl = settings.externalRedisUrl().get();
            try {
                RedisUrl.parse(redisUrl);
            } catch (IllegalArgumentException bad) {
                throw OpconException.configuration("--redis-url: " + bad.getMessage());
            }
            return;
        }
        LocalRedis redis = LocalRedis.start();
        localRedis = Optional.of(redis);
        redisUrl = redis.url();
        LOG.info("demo Redis {} on port {}", redis.executable(), redis.port());
    }

    private void startNodes() {
        LimiterConfig config = LimiterConfig.defaults()
                .withRedisUrl(redisUrl)
                .withHost(LimiterConfig.DEFAULT_HOST)
                .withDefaultLimit(DemoSettings.DEFAULT_LIMIT)
                .withDefaultWindowMs(DemoSettings.WINDOW.toMillis())
                .withHeartbeatInterval(DemoSettings.HEARTBEAT_INTERVAL)
                .withRegistrationTtl(DemoSettings.REGISTRATION_TTL);
        for (int number = 1; number <= settings.nodes(); number++) {
            nodes.add(ClusterNode.start("n" + number, config));
        }
    }

    private void startPrometheus(Supplier<Optional<Path>> prometheusBinary) {
        if (prometheusBinary.get().isEmpty()) {
            LOG.info("no prometheus binary found: the console reads the nodes' /metrics directly");
            return;
        }
        List<String> targets = nodes.stream().map(ClusterNode::address).toList();
        try {
            prometheus = Optional.of(LocalPrometheus.start(targets, DemoSettings.SCRAPE_INTERVAL));
        } catch (RuntimeException failure) {
            // Direct mode still shows everything: a broken Prometheus must not stop the demo.
            LOG.warn("could not start Prometheus; the console reads the nodes directly instead", failure);
        }
    }

    private List<String> runningNodeUrls() {
        List<String> running = new ArrayList<>(nodes.size());
        for (ClusterNode node : nodes) {
            node.runningUrl().ifPresent(running::add);
        }
        return running;
    }

    private void stopNodes() {
        // In parallel: each node waits up to 2 s for its requests in flight.
        List<Thread> stopping = new ArrayList<>();
        for (ClusterNode node : nodes) {
            Thread thread = new Thread(node::close, "opcon-demo-stop-" + node.nodeId());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
