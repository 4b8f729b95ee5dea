package dev.opcon.limiter.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP side, on the JDK's built-in server (no web framework to ship or to configure).
 * Binding and starting are two steps so that the node can learn its port (0 = any free port)
 * before it derives its id and opens Redis connections.
 */
public final class HttpApiServer {

    /** Threads running checks; the Redis command pool gets as many connections. */
    public static final int CHECK_THREADS = 32;
    /** Threads for parsing requests, health and the management API. */
    static final int SERVER_THREADS = 8;
    /** Pending TCP connections the kernel keeps for us: a burst of 1 000 checks must not be refused. */
    static final int BACKLOG = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(HttpApiServer.class);

    private final HttpServer server;
    private final ExecutorService serverPool;
    private final CheckScheduler checkScheduler;
    private Router router;

    private HttpApiServer(HttpServer server) {
        this.server = server;
        this.serverPool = Executors.newFixedThreadPool(SERVER_THREADS, NamedThreads.daemon("limiter-http"));
        this.checkScheduler = new CheckScheduler(CHECK_THREADS);
    }

    /** Listens on {@code host:port} (port 0 = a free one) without answering yet. */
    public static HttpApiServer bind(String host, int port) throws IOException {
        return new HttpApiServer(HttpServer.create(new InetSocketAddress(host, port), BACKLOG));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void start(ApiServices services) {
        ManagementEndpoints management = new ManagementEndpoints(services.registry(), services.counters(),
                services.defaultLimit(), services.defaultWindowMs());
        router = new Router()
                .route("POST /check", new CheckEndpoint(services.limiter(), services.metrics()), checkScheduler)
                .route("GET /health", new HealthEndpoint(services.connections(), services.nodeId()))
                .route("GET /metrics", new MetricsEndpoint(services.metrics(), services.counters()))
                .route("GET /api/nodes", management::nodes)
                .route("GET /api/counters", management::counters)
                .route("POST /api/counters/{key}/reset", management::reset)
                .route("GET /api/blocks", management::blocks)
                .route("GET /api/limits", management::limits)
                .route("PUT /api/limits/{key}", management::setLimit);
        server.createContext("/", router);
        server.setExecutor(serverPool);
        server.start();
    }

    public void setCheckDelay(Duration delay) {
        checkScheduler.setDelay(delay);
    }

    public Duration checkDelay() {
        return checkScheduler.delay();
    }

    /** Refuses new requests, lets running ones finish within {@code grace}, then closes the port. */
    public void stop(Duration grace) {
        try {
            if (router != null && !router.drain(grace)) {
                LOG.warn("requests still running after {}; closing their connections", grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // 0: the draining above already waited; the JDK 17 server would otherwise sleep the full delay.
            server.stop(0);
            checkScheduler.shutdown();
            serverPool.shutdownNow();
        }
    }
}
