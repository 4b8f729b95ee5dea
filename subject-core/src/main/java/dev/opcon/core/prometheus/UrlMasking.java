package dev.opcon.core.prometheus;

import dev.opcon.core.text.SafeText;
import java.util.regex.Pattern;

/** Hides the password in {@code scheme://user:password@host} before a URL is shown anywhere. */
final class UrlMasking {

    // Works on text that is not a valid URI too, because a bad URL is exactly what an error message shows.
    private static final Pattern USER_AND_PASSWORD = Pattern.compile("(//[^/@:?#]*):[^/@?#]*@");

    private UrlMasking() {
    }

    static String mask(String url) {
        if (url == null) {
            return "";
        }
        return SafeText.of(USER_AND_PASSWORD.matcher(url).replaceFirst("$1:****@"));
    }
}
