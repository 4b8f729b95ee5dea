package dev.opcon.core.prometheus;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.error.OpconException.Category;
import dev.opcon.core.prometheus.QueryAnswerReader.Envelope;
import dev.opcon.core.prometheus.QueryAnswerReader.UnreadableAnswerException;
import dev.opcon.core.text.SafeText;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * Turns an HTTP answer from Prometheus into a successful envelope, or into an OpconException whose
 * category tells the edge what to do: fix the configuration, wait for Prometheus, or distrust the answer.
 */
final class PrometheusErrors {

    /** Error types that Prometheus uses for "not now" rather than "not like this". */
    private static final Set<String> TRANSIENT_ERROR_TYPES = Set.of("timeout", "canceled", "unavailable");

    private PrometheusErrors() {
    }

    static Envelope check(HttpResponse<String> response, String endpoint, String query) {
        int status = response.statusCode();
        String prefix = "Prometheus at " + endpoint + " ";
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").map(UrlMasking::mask).orElse("elsewhere");
            throw OpconException.configuration(prefix + "redirects " + query + " to " + location
                    + "; put the address Prometheus really answers at in --" + PrometheusEndpoint.URL_OPTION);
        }
        if (status == 401 || status == 403) {
            throw OpconException.configuration(prefix + "refused " + query + " (HTTP " + status
                    + "); check the bearer token, or the basic-auth user and password");
        }
        if (status == 404) {
            throw OpconException.configuration(prefix + "has no query API (HTTP 404 for " + query
                    + "); check --" + PrometheusEndpoint.URL_OPTION + ", including any path prefix");
        }
        Envelope envelope;
        try {
            envelope = QueryAnswerReader.readEnvelope(response.body());
        } catch (UnreadableAnswerException e) {
            if (status >= 400) {
                throw failed(status, "", prefix + failedVerb(status, "") + query + ": HTTP " + status + ": "
                        + firstLine(response.body()), e);
            }
            throw OpconException.nonsense(prefix + "answered " + query + " with something unreadable: "
                    + e.getMessage(), e);
        }
        if (envelope.success() && status < 300) {
            return envelope;
        }
        String reason = envelope.errorType().isEmpty() && envelope.error().isEmpty()
                ? "HTTP " + status
                : SafeText.truncate(envelope.errorType() + ": " + envelope.error(), 300);
        throw failed(status, envelope.errorType(), prefix + failedVerb(status, envelope.errorType()) + query
                + ": " + reason, null);
    }

    private static String failedVerb(int status, String errorType) {
        return category(status, errorType) == Category.SOURCE_UNAVAILABLE ? "could not answer " : "rejected ";
    }

    private static OpconException failed(int status, String errorType, String message, Throwable cause) {
        return new OpconException(category(status, errorType), message, cause);
    }

    private static Category category(int status, String errorType) {
        return status >= 500 || TRANSIENT_ERROR_TYPES.contains(errorType)
                ? Category.SOURCE_UNAVAILABLE
                : Category.SOURCE_NONSENSE;
    }

    /** What a proxy's error page says, in short. */
    private static String firstLine(String body) {
        String text = body == null ? "" : body.strip();
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end).strip();
        return line.isEmpty() ? "(empty body)" : SafeText.truncate(SafeText.of(line), 120);
    }
}
