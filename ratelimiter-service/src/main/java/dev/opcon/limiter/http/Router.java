package dev.opcon.limiter.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.opcon.limiter.redis.RedisUnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to its endpoint and turns failures into JSON errors. Matches whole paths:
 * the JDK server's contexts match by prefix, so {@code /api/countersX} would otherwise reach the
 * counters endpoint.
 *
 * <p>Counts requests in flight so that a graceful stop can refuse new work and wait for the
 * running requests, without the JDK 17 server's fixed wait in {@code stop(delay)}.
 */
final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final String KEY = "{key}";

    /** @param executor where the endpoint runs; {@code null} runs it on the server's own thread */
    private record Route(String method, String prefix, String suffix, boolean keyed, Endpoint endpoint, Executor executor) {

        Optional<String> match(String rawPath) {
            if (!keyed) {
                return rawPath.equals(prefix) ? Optional.of("") : Optional.empty();
            }
            if (rawPath.length() <= prefix.length() + suffix.length() || !rawPath.startsWith(prefix) || !rawPath.endsWith(suffix)) {
                return Optional.empty();
            }
            return Optional.of(ApiRequest.decode(rawPath.substring(prefix.length(), rawPath.length() - suffix.length())));
        }
    }

    private final List<Route> routes = new ArrayList<>();
    private final Object inFlightMonitor = new Object();
    private int inFlight;
    private boolean draining;

    /** Adds {@code pattern} such as {@code "PUT /api/limits/{key}"}, run on the server's threads. */
    Router route(String pattern, Endpoint endpoint) {
        return route(pattern, endpoint, null);
    }

    Router route(String pattern, Endpoint endpoint, Executor executor) {
        String[] parts = pattern.split(" ", 2);
        String path = parts[1];
        int key = path.indexOf(KEY);
        routes.add(key < 0
                ? new Route(parts[0], path, "", false, endpoint, executor)
                : new Route(parts[0], path.substring(0, key), path.substring(key + KEY.length()), true, endpoint, executor));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long arrivalNanos = System.nanoTime();
        if (!enter()) {
            sendAndClose(exchange, Reply.error(503, "the node is shutting down").withHeader("Connection", "close"));
            return;
        }
        dispatch(exchange, arrivalNanos);
    }

    /**
     * Stops taking requests (new ones get 503) and waits up to {@code grace} for running ones.
     *
     * @return whether every running request finished in time
     */
    boolean drain(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (inFlightMonitor) {
            draining = true;
            while (inFlight > 0) {
                long remainingNanos = deadline - System.nanoTime();
                if (remainingNanos <= 0) {
                    return false;
                }
                inFlightMonitor.wait(Math.max(1, remainingNanos / 1_000_000));
            }
            return true;
        }
    }

    private void dispatch(HttpExchange exchange, long arrivalNanos) {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<String> key;
            try {
                key = route.match(rawPath);
            } catch (ApiException e) {
                respondAndLeave(exchange, Reply.error(e.status(), e.getMessage()));
                return;
            }
            if (key.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(method)) {
                ApiRequest request = new ApiRequest(exchange, key.get(), arrivalNanos);
                run(route, exchange, request);
                return;
            }
        }
        respondAndLeave(exchange, pathKnown
                ? Reply.error(405, "method " + method + " is not allowed on " + rawPath)
                : Reply.error(404, "no such endpoint: " + rawPath));
    }

    private void run(Route route, HttpExchange exchange, ApiRequest request) {
        if (route.executor() == null) {
            respondAndLeave(exchange, answer(route.endpoint(), request));
            return;
        }
        try {
            route.executor().execute(() -> respondAndLeave(exchange, answer(route.endpoint(), request)));
        } catch (RejectedExecutionException e) {
            respondAndLeave(exchange, Reply.error(503, "the node is shutting down"));
        }
    }

    private static Reply answer(Endpoint endpoint, ApiRequest request) {
        try {
            return endpoint.answer(request);
        } catch (ApiException e) {
            return Reply.error(e.status(), e.getMessage());
        } catch (RedisUnavailableException e) {
            return Reply.error(503, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("internal error while answering a request", e);
            return Reply.error(500, "internal error: " + e);
        }
    }

    private void respondAndLeave(HttpExchange exchange, Reply reply) {
        try {
            sendAndClose(exchange, reply);
        } finally {
            leave();
        }
    }

    private static void sendAndClose(HttpExchange exchange, Reply reply) {
        try {
            reply.send(exchange);
        } catch (IOException e) {
            // The client went away; nobody is left to tell.
            LOG.debug("could not send the answer: {}", e.toString());
        } finally {
            exchange.close();
        }
    }

    private boolean enter() {
        synchronized (inFlightMonitor) {
            if (draining) {
                return false;
            }
            inFlight++;
            return true;
        }
    }

    private void leave() {
        synchronized (inFlightMonitor) {
            inFlight--;
            if (inFlight == 0) {
                inFlightMonitor.notifyAll();
            }
        }
    }
}
