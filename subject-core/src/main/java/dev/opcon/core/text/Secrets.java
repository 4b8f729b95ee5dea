package dev.opcon.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps passwords and tokens out of what is shown or logged. */
public final class Secrets {

    /** {@code scheme://user:password@} — the user may be empty, as in {@code redis://:secret@host}. */
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@]*)@");

    private Secrets() {
    }

    /** {@code redis://:secret@host:6379/0} becomes {@code redis://:***@host:6379/0}; other text is kept. */
    public static String maskUrl(String url) {
        if (url == null) {
            return "";
        }
        Matcher matcher = USER_INFO.matcher(url.trim());
        if (!matcher.find()) {
            return SafeText.of(url.trim());
        }
        String userInfo = matcher.group(2);
        int colon = userInfo.indexOf(':');
        String masked = colon < 0 ? "***" : userInfo.substring(0, colon) + ":***";
        return SafeText.of(matcher.group(1) + masked + "@" + url.trim().substring(matcher.end()));
    }

    private static final Pattern USER_INFO_ANYWHERE = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@\\s:]*):[^/@\\s]*@");

    /** Masks the password of every URL inside a longer text, such as a parser's error message. */
    public static String maskUrlsIn(String text) {
        if (text == null) {
            return "";
        }
        return USER_INFO_ANYWHERE.matcher(text).replaceAll("$1$2:***@");
    }

    /** Replaces every occurrence of a known secret in a message, e.g. one a server echoed back. */
    public static String scrub(String message, String secret) {
        if (message == null || secret == null || secret.isEmpty()) {
            return message;
        }
        return message.replace(secret, "***");
    }
}
