package dev.opcon.ratelimiter.client;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A checked {@code redis://[[user]:password@]host[:port][/db]} or {@code rediss://...} address.
 * {@link #toString()} and {@link #masked()} never show the password.
 */
public record RedisEndpoint(String host, int port, Optional<String> user, Optional<String> password,
                            int database, boolean tls) {

    public static final int DEFAULT_PORT = 6379;
    static final String MASK = "***";
    private static final String EXAMPLE = "redis://[:password@]host[:port][/db] or rediss://...";

    /**
     * @param optionName named in the error, e.g. {@code redis-url}
     * @throws OpconException (CONFIGURATION) naming the option and the problem, password masked
     */
    public static RedisEndpoint parse(String optionName, String text) {
        if (text == null || text.isBlank()) {
            throw OpconException.configuration("option --" + optionName + " is required: give " + EXAMPLE);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException notAUrl) {
            throw unusable(optionName, text, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw unusable(optionName, text, "it must start with redis:// or rediss://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw unusable(optionName, text, "it names no usable host");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (port < 1 || port > 65_535) {
            throw unusable(optionName, text, "the port must be between 1 and 65535");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw unusable(optionName, text, "it must not have a '?query' or '#fragment'");
        }
        return new RedisEndpoint(uri.getHost(), port, userOf(uri), passwordOf(uri),
                databaseOf(optionName, uri, text), scheme.equals("rediss"));
    }

    /** {@code redis://:***@host:port/0}: safe for screens, logs and recordings. */
    public String masked() {
        StringBuilder text = new StringBuilder(tls ? "rediss://" : "redis://");
        if (user.isPresent() || password.isPresent()) {
            text.append(user.map(SafeText::of).orElse(""));
            password.ifPresent(ignored -> text.append(':').append(MASK));
            text.append('@');
        }
        text.append(host.contains(":") ? "[" + host + "]" : SafeText.of(host)).append(':').append(port)
                .append('/').append(database);
        return text.toString();
    }

    /** Removes the password from text that may quote it (a server's error message, say). */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        return password.filter(secret -> !secret.isEmpty()).map(secret -> text.replace(secret, MASK)).orElse(text);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static Optional<String> userOf(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.indexOf(':') < 0) {
            return Optional.empty();
        }
        String user = userInfo.substring(0, userInfo.indexOf(':'));
        return user.isEmpty() ? Optional.empty() : Optional.of(decode(user));
    }

    private static Optional<String> passwordOf(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return Optional.empty();
        }
        int colon = userInfo.indexOf(':');
        // redis://secret@host is the Redis convention for a password without a user name.
        String password = colon < 0 ? userInfo : userInfo.substring(colon + 1);
        return password.isEmpty() ? Optional.empty() : Optional.of(decode(password));
    }

    private static int databaseOf(String optionName, URI uri, String text) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String digits = path.startsWith("/") ? path.substring(1) : path;
        if (digits.isEmpty()) {
            return 0;
        }
        if (digits.chars().allMatch(Character::isDigit) && digits.length() < 6) {
            return Integer.parseInt(digits);
        }
        throw unusable(optionName, text, "the path must be a database number such as /0");
    }

    private static String decode(String text) {
        // A '+' in a URL's user part is a plus, not a space as in form encoding.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static OpconException unusable(String optionName, String text, String reason) {
        return OpconException.configuration("option --" + optionName + ": '" + UrlMasking.mask(text)
                + "' is not a usable Redis URL: " + reason + " (write " + EXAMPLE + ")");
    }
}
