package dev.opcon.tikv.client;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PD addresses a user gave ({@code http://pd-1:2379,http://pd-2:2379}, or bare {@code host:port}).
 * A trailing {@code /pd/api/v1} is accepted and dropped. Credentials in a URL are refused: PD takes
 * none, and they would end up on screen.
 */
public final class PdEndpoints {

    public static final String OPTION = "pd-endpoint";
    private static final String API_SUFFIX = "/pd/api/v1";

    private PdEndpoints() {
    }

    public static List<URI> parse(List<String> texts) {
        if (texts.isEmpty()) {
            throw OpconException.configuration("option --" + OPTION + " is required: give one or more PD URLs, "
                    + "comma-separated (e.g. http://pd-1:2379,http://pd-2:2379), or set PD_ENDPOINT");
        }
        List<URI> endpoints = new ArrayList<>();
        for (String text : texts) {
            URI endpoint = parseOne(text);
            if (!endpoints.contains(endpoint)) {
                endpoints.add(endpoint);
            }
        }
        return List.copyOf(endpoints);
    }

    static URI parseOne(String text) {
        String trimmed = text.strip();
        String withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException bad) {
            throw unusable(text, bad.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw unusable(text, "it must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw unusable(text, "it has no usable host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw OpconException.configuration("option --" + OPTION + ": PD takes no user or password in its URL;"
                    + " remove the 'user:password@' part");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw unusable(text, "it must not have a '?query' or '#fragment'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (path.endsWith(API_SUFFIX)) {
            path = path.substring(0, path.length() - API_SUFFIX.length());
        }
        String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
        return URI.create(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path);
    }

    private static OpconException unusable(String text, String reason) {
        return OpconException.configuration("option --" + OPTION + ": '" + SafeText.of(text)
                + "' is not a usable PD URL: " + reason + " (e.g. http://pd-1:2379)");
    }
}
