package dev.opcon.core.prometheus;

import dev.opcon.core.error.OpconException;
import java.time.Duration;

/**
 * Where Prometheus answers and how to authenticate to it. At most one kind of authentication: a
 * bearer token, or a basic-auth user and password. Credentials may also come as
 * {@code https://user:password@host/} in the URL.
 *
 * <p>{@link #toString()} masks the token and the password, so a config can be logged or shown.
 *
 * @param baseUrl where the HTTP API lives, e.g. {@code http://prometheus:9090} or
 *     {@code https://gateway/prometheus}; {@code /api/v1/...} is appended. Checked by
 *     {@link PrometheusClient}, which names the option {@code --prometheus-url} when it is bad.
 * @param bearerToken sent as {@code Authorization: Bearer ...}; null when not used
 * @param basicAuthUser null when not used
 * @param basicAuthPassword null when not used
 * @param requestTimeout the most one query may take, connecting included
 */
public record PrometheusConfig(String baseUrl, String bearerToken, String basicAuthUser,
                               String basicAuthPassword, Duration requestTimeout) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final String MASK = "****";

    public PrometheusConfig {
        bearerToken = blankToNull(bearerToken);
        basicAuthUser = blankToNull(basicAuthUser);
        basicAuthPassword = blankToNull(basicAuthPassword);
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw OpconException.configuration("the Prometheus request timeout must be positive, not "
                    + requestTimeout.toMillis() + " ms");
        }
        if (bearerToken != null && basicAuthUser != null) {
            throw OpconException.configuration("give Prometheus either a bearer token or a basic-auth user,"
                    + " not both");
        }
        if (basicAuthPassword != null && basicAuthUser == null) {
            throw OpconException.configuration("a Prometheus basic-auth password was given without a user");
        }
    }

    /** No authentication, the default timeout. */
    public static PrometheusConfig of(String baseUrl) {
        return new PrometheusConfig(baseUrl, null, null, null, DEFAULT_REQUEST_TIMEOUT);
    }

    public PrometheusConfig withBearerToken(String token) {
        return new PrometheusConfig(baseUrl, token, basicAuthUser, basicAuthPassword, requestTimeout);
    }

    public PrometheusConfig withBasicAuth(String user, String password) {
        return new PrometheusConfig(baseUrl, bearerToken, user, password, requestTimeout);
    }

    public PrometheusConfig withRequestTimeout(Duration timeout) {
        return new PrometheusConfig(baseUrl, bearerToken, basicAuthUser, basicAuthPassword, timeout);
    }

    @Override
    public String toString() {
        return "PrometheusConfig[baseUrl=" + UrlMasking.mask(baseUrl)
                + ", bearerToken=" + (bearerToken == null ? "none" : MASK)
                + ", basicAuthUser=" + (basicAuthUser == null ? "none" : basicAuthUser)
                + ", basicAuthPassword=" + (basicAuthPassword == null ? "none" : MASK)
                + ", requestTimeout=" + requestTimeout.toMillis() + " ms]";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
