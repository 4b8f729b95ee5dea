package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks the HTTP base URLs people give (node URLs, Prometheus) and names the option when one is bad. */
public final class HttpUrls {

    private HttpUrls() {
    }

    /**
     * @return scheme, host, port and path, without a trailing slash, query or credentials
     * @throws OpconException (CONFIGURATION) naming the option, the URL (password masked) and the fix
     */
    public static URI parse(String optionName, String text, String example) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException notAUrl) {
            throw unusable(optionName, text, notAUrl.getReason(), example);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw unusable(optionName, text, "it must start with http:// or https://", example);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            // java.net.URI also leaves the host out when it holds a character such as '_'.
            throw unusable(optionName, text, "it has no usable host name", example);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw unusable(optionName, text, "it must not have a '?query' or '#fragment'", example);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
        return URI.create(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path);
    }

    /** {@code host:port} of a base URL, the form nodes register their address in. */
    public static String authority(URI baseUrl) {
        int port = baseUrl.getPort() >= 0 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
        return baseUrl.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The base URL of a registered address ({@code host:port}, or already a URL). */
    public static URI fromAddress(String address, String scheme) {
        String trimmed = address.strip();
        if (trimmed.contains("://")) {
            return URI.create(trimmed.replaceAll("/+$", ""));
        }
        return URI.create(scheme + "://" + trimmed);
    }

    private static OpconException unusable(String optionName, String text, String reason, String example) {
        return OpconException.configuration("option --" + optionName + ": '" + UrlMasking.mask(text)
                + "' is not a usable URL: " + reason + " (e.g. " + example + ")");
    }
}
