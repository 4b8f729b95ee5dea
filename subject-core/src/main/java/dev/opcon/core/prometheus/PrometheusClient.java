package dev.opcon.core.prometheus;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.prometheus.QueryAnswerReader.Envelope;
import dev.opcon.core.prometheus.QueryAnswerReader.UnreadableAnswerException;
import dev.opcon.core.text.SafeText;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Asks Prometheus's HTTP API ({@code GET /api/v1/query}, {@code /api/v1/query_range}). The
 * constructor only checks the configuration; the first network call is the first query.
 *
 * <p>Every failure is an {@link OpconException} whose message names the endpoint and the query,
 * and never holds the token or the password. Safe to use from several threads.
 */
public final class PrometheusClient implements PrometheusQueries {

    private static final String INSTANT_QUERY_PATH = "/api/v1/query";
    private static final String RANGE_QUERY_PATH = "/api/v1/query_range";

    private final PrometheusEndpoint endpoint;
    private final Duration requestTimeout;
    private final Optional<String> authorization;
    private final HttpClient httpClient;

    public PrometheusClient(PrometheusConfig config) {
        this.endpoint = PrometheusEndpoint.parse(config.baseUrl());
        this.requestTimeout = config.requestTimeout();
        this.authorization = authorization(config, endpoint);
        // Redirects are not followed: java.net.http would send our Authorization header to wherever they lead.
        this.httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The endpoint as shown in messages, without credentials. */
    public String endpoint() {
        return endpoint.display();
    }

    @Override
    public QueryResult instantQuery(String promql) {
        Envelope envelope = ask(INSTANT_QUERY_PATH, Map.of("query", promql), promql);
        try {
            return QueryAnswerReader.instantResult(envelope);
        } catch (UnreadableAnswerException e) {
            throw unreadable(promql, e);
        }
    }

    @Override
    public RangeResult rangeQuery(String promql, Instant start, Instant end, Duration step) {
        if (end.isBefore(start) || step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("a range query needs start <= end and a positive step, not "
                    + start + ".." + end + " every " + step);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("query", promql);
        parameters.put("start", seconds(start.getEpochSecond(), start.getNano()));
        parameters.put("end", seconds(end.getEpochSecond(), end.getNano()));
        parameters.put("step", seconds(step.getSeconds(), step.getNano()));
        Envelope envelope = ask(RANGE_QUERY_PATH, parameters, promql);
        try {
            return QueryAnswerReader.rangeResult(envelope);
        } catch (UnreadableAnswerException e) {
            throw unreadable(promql, e);
        }
    }

    @Override
    public String toString() {
        return "PrometheusClient[" + endpoint.display() + "]";
    }

    /** Sends the call and returns a successful envelope; everything else becomes an OpconException. */
    private Envelope ask(String apiPath, Map<String, String> parameters, String promql) {
        URI uri = endpoint.resolve(apiPath, parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = httpClient.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            String hint = e instanceof HttpTimeoutException
                    ? "" : "; check --" + PrometheusEndpoint.URL_OPTION + " and that Prometheus is running";
            throw OpconException.unavailable(prefix(promql) + "could not be answered: "
                    + HttpFailures.reason(e, uri, requestTimeout) + hint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OpconException.unavailable(prefix(promql) + "was interrupted", e);
        }
        return PrometheusErrors.check(response, endpoint.display(), describe(promql));
    }

    private String prefix(String promql) {
        return "Prometheus at " + endpoint.display() + ": " + describe(promql) + " ";
    }

    private OpconException unreadable(String promql, UnreadableAnswerException e) {
        return OpconException.nonsense("Prometheus at " + endpoint.display() + " answered "
                + describe(promql) + " with something unreadable: " + e.getMessage(), e);
    }

    static String describe(String promql) {
        return "query '" + SafeText.truncate(SafeText.of(promql), 200) + "'";
    }

    private static String seconds(long seconds, int nanos) {
        return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros().toPlainString();
    }

    private static Optional<String> authorization(PrometheusConfig config, PrometheusEndpoint endpoint) {
        if (config.bearerToken() != null) {
            return Optional.of("Bearer " + config.bearerToken());
        }
        String password = config.basicAuthPassword() == null ? "" : config.basicAuthPassword();
        Optional<String> userAndPassword = config.basicAuthUser() != null
                ? Optional.of(config.basicAuthUser() + ":" + password)
                : endpoint.userInfo();
        return userAndPassword.map(credentials ->
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
