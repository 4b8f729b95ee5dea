package dev.opcon.tikv.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.json.Json;
import dev.opcon.core.text.SafeText;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * HTTP to PD, failing over between its members. Any member answers (followers proxy to the leader),
 * so a GET that cannot reach one member, or gets 502/503/504 from it, is tried at the next; the
 * member that answered is asked first next time. A write is retried elsewhere only when it surely
 * never left (connection refused or not made in time), so an action is never sent twice.
 */
public final class PdClient {

    public static final String API_PREFIX = "/pd/api/v1";
    private static final int DRAIN_LIMIT = 64 * 1024;

    private final List<URI> endpoints;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final AtomicInteger preferred = new AtomicInteger();

    public PdClient(List<URI> endpoints, Duration requestTimeout) {
        this.endpoints = List.copyOf(endpoints);
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** What reads a successful answer's body. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    public List<URI> endpoints() {
        return endpoints;
    }

    /** "http://pd-1:2379, http://pd-2:2379", for headers and source statuses. */
    public String describeEndpoints() {
        return endpoints.stream().map(URI::toString).collect(Collectors.joining(", "));
    }

    /** GETs a JSON answer; any status but 2xx is an error carrying PD's message. */
    public JsonNode getJson(String path) {
        return exchange("GET", path, null, (endpoint, status, body) -> {
            requireSuccess(endpoint, "GET", path, status, body);
            return parse(endpoint, path, body);
        });
    }

    /** Like {@link #getJson}, but a 404 is an answer: empty. */
    public Optional<JsonNode> getJsonUnlessNotFound(String path) {
        return exchange("GET", path, null, (endpoint, status, body) -> {
            if (status == 404) {
                return Optional.<JsonNode>empty();
            }
            requireSuccess(endpoint, "GET", path, status, body);
            return Optional.of(parse(endpoint, path, body));
        });
    }

    /** GETs an answer read as a stream, for bodies too large to hold. */
    public <T> T getStreamed(String path, BodyReader<T> reader) {
        return exchange("GET", path, null, (endpoint, status, body) -> {
            requireSuccess(endpoint, "GET", path, status, body);
            try {
                return reader.read(body);
            } catch (JsonProcessingException malformed) {
                throw malformed(endpoint, path, malformed);
            }
        });
    }

    /** Sends an admin call (POST or DELETE) and returns PD's answer, a JSON string such as "The scheduler is created.". */
    public String send(String method, String path, String jsonBody) {
        return exchange(method, path, jsonBody, (endpoint, status, body) -> {
            requireSuccess(endpoint, method, path, status, body);
            return PdErrorBody.message(body.readAllBytes());
        });
    }

    @FunctionalInterface
    private interface Handler<T> {
        T handle(URI endpoint, int status, InputStream body) throws IOException;
    }

    private <T> T exchange(String method, String path, String jsonBody, Handler<T> handler) {
        boolean read = method.equals("GET");
        List<String> failures = new ArrayList<>();
        int first = preferred.get();
        for (int attempt = 0; attempt < endpoints.size(); attempt++) {
            int index = (first + attempt) % endpoints.size();
            URI endpoint = endpoints.get(index);
            HttpResponse<InputStream> response;
            try {
                response = http.send(request(endpoint, method, path, jsonBody), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException failure) {
                if (!read && !neverSent(failure)) {
                    throw OpconException.unavailable(method + " " + path + " to PD " + endpoint + " failed ("
                            + describe(failure) + "); it may or may not have been applied: check before retrying", failure);
                }
                failures.add(endpoint + ": " + describe(failure));
                continue;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw OpconException.unavailable(method + " " + path + " to PD was interrupted", interrupted);
            }
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (read && (status == 502 || status == 503 || status == 504)) {
                    failures.add(endpoint + ": " + status + " " + PdErrorBody.message(body.readNBytes(4096)));
                    continue;
                }
                preferred.set(index);
                T answer = handler.handle(endpoint, status, new KeepOpen(body));
                drainRemainder(body);
                return answer;
            } catch (IOException failure) {
                throw OpconException.unavailable("reading PD " + endpoint + "'s answer to " + method + " " + path
                        + " failed: " + describe(failure), failure);
            }
        }
        throw OpconException.unavailable("no PD endpoint answered " + method + " " + path + ": "
                + String.join("; ", failures) + ". Check --" + PdEndpoints.OPTION + " and that PD is running", null);
    }

    /**
     * Reads what the handler left, such as the newline after PD's indented JSON, so the connection
     * goes back to the pool; a large remainder (a region check read only up to its count) is cut off.
     */
    private static void drainRemainder(InputStream body) {
        byte[] buffer = new byte[8192];
        int drained = 0;
        int read;
        try {
            while (drained < DRAIN_LIMIT && (read = body.read(buffer)) >= 0) {
                drained += read;
            }
        } catch (IOException ignored) {
            // The answer is already read; the connection is simply not reused.
        }
    }

    /** Jackson closes what it reads from; the exchange closes the body itself, after draining it. */
    private static final class KeepOpen extends FilterInputStream {

        KeepOpen(InputStream body) {
            super(body);
        }

        @Override
        public void close() {
        }
    }

    private HttpRequest request(URI endpoint, String method, String path, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint + API_PREFIX + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", "opcon");
        if (jsonBody == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody)).build();
    }

    private static void requireSuccess(URI endpoint, String method, String path, int status, InputStream body)
            throws IOException {
        if (status >= 200 && status < 300) {
            return;
        }
        String message = "PD " + endpoint + " answered " + status + " to " + method + " " + path + ": "
                + PdErrorBody.message(body.readNBytes(4096));
        throw status >= 500
                ? OpconException.unavailable(message, null)
                : OpconException.nonsense(message, null);
    }

    private static JsonNode parse(URI endpoint, String path, InputStream body) throws IOException {
        try {
            JsonNode node = Json.mapper().readTree(body);
            return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
        } catch (JsonProcessingException malformed) {
            throw malformed(endpoint, path, malformed);
        }
    }

    private static OpconException malformed(URI endpoint, String path, JsonProcessingException malformed) {
        return OpconException.nonsense("PD " + endpoint + " answered GET " + path + " with malformed JSON: "
                + SafeText.truncate(SafeText.of(malformed.getOriginalMessage()), 160), malformed);
    }

    private static boolean neverSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
    }

    private String describe(IOException failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + requestTimeout.toMillis() + " ms";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + requestTimeout.toMillis() + " ms";
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + SafeText.of(message));
    }
}
