package dev.opcon.core.prometheus;

import dev.opcon.core.error.OpconException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads a node's {@code /metrics} page itself, for "direct mode" when no Prometheus is given.
 * The constructor does no I/O. Every failure is an {@link OpconException} naming the URL.
 * Safe to use from several threads; one scraper serves all nodes.
 */
public final class MetricsScraper {

    // Without it, exporters that also speak OpenMetrics or protobuf may choose one this parser does not read.
    private static final String TEXT_FORMAT = "text/plain;version=0.0.4;q=1.0,*/*;q=0.1";

    private final Duration timeout;
    private final HttpClient httpClient;

    public MetricsScraper(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw OpconException.configuration("the metrics scrape timeout must be positive, not "
                    + timeout.toMillis() + " ms");
        }
        this.timeout = timeout;
        this.httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** Fetches and parses one page, e.g. {@code http://10.0.0.5:8080/metrics}. */
    public MetricFamilies scrape(URI metricsUrl) {
        String shown = UrlMasking.mask(metricsUrl.toString());
        HttpRequest request = HttpRequest.newBuilder(metricsUrl).GET()
                .timeout(timeout)
                .header("Accept", TEXT_FORMAT)
                .build();
        HttpResponse<String> response;
        try {
            response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw OpconException.unavailable("metrics at " + shown + " could not be read: "
                    + HttpFailures.reason(e, metricsUrl, timeout), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OpconException.unavailable("reading metrics at " + shown + " was interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw OpconException.unavailable("metrics at " + shown + " could not be read: HTTP " + status, null);
        }
        if (status != 200) {
            throw OpconException.nonsense("metrics at " + shown + " answered HTTP " + status
                    + " instead of a metrics page", null);
        }
        try {
            return TextFormatParser.parse(response.body());
        } catch (OpconException e) {
            throw OpconException.nonsense("metrics at " + shown + " are unreadable: " + e.getMessage(), e);
        }
    }
}
