package dev.opcon.core.prometheus;

import dev.opcon.core.error.OpconException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A checked Prometheus base URL: http(s), a host, no query. Any {@code user:password@} is taken out
 * of the address (so it is never shown or sent in the request line) and kept as credentials.
 *
 * @param base scheme, host, port and path prefix, without a trailing slash and without credentials
 * @param userInfo the {@code user:password} part of the URL, decoded, if there was one
 */
record PrometheusEndpoint(URI base, Optional<String> userInfo) {

    static final String URL_OPTION = "prometheus-url";

    static PrometheusEndpoint parse(String url) {
        if (url == null || url.isBlank()) {
            throw OpconException.configuration("option --" + URL_OPTION
                    + " is required (e.g. http://prometheus:9090)");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw unusable(url, e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw unusable(url, "it must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            // java.net.URI also leaves the host out when it holds a character such as '_'.
            throw unusable(url, "it has no usable host name (a name with '_' is not one)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw unusable(url, "it must not have a '?query' or '#fragment'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        URI base = URI.create(scheme + "://" + hostForUri(uri.getHost())
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path);
        Optional<String> userInfo = Optional.ofNullable(uri.getRawUserInfo())
                .map(raw -> URLDecoder.decode(raw, StandardCharsets.UTF_8));
        return new PrometheusEndpoint(base, userInfo);
    }

    /** The URL of an API call, parameters encoded as a query string. */
    URI resolve(String apiPath, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(base + apiPath + (query.isEmpty() ? "" : "?" + query));
    }

    /** How the endpoint appears in messages: never with credentials. */
    String display() {
        return base.toString();
    }

    @Override
    public String toString() {
        return display();
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static OpconException unusable(String url, String reason) {
        return OpconException.configuration("option --" + URL_OPTION + ": '" + UrlMasking.mask(url)
                + "' is not a usable URL: " + reason + " (e.g. http://prometheus:9090)");
    }
}
