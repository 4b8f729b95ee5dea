package dev.opcon.ratelimiter.client;

import dev.opcon.core.text.SafeText;
import java.util.regex.Pattern;

/** Hides the password of {@code scheme://user:password@host}, even in text that is not a valid URL. */
public final class UrlMasking {

    private static final Pattern USER_AND_PASSWORD = Pattern.compile("(//[^/@:?#]*):[^/?#]*@");
    private static final Pattern PASSWORD_ONLY = Pattern.compile("(//)[^/@:?#]+@");

    private UrlMasking() {
    }

    public static String mask(String url) {
        if (url == null) {
            return "";
        }
        String masked = USER_AND_PASSWORD.matcher(url).replaceFirst("$1:" + RedisEndpoint.MASK + "@");
        if (masked.equals(url)) {
            // redis://secret@host: the lone user part is the password.
            masked = PASSWORD_ONLY.matcher(url).replaceFirst("$1:" + RedisEndpoint.MASK + "@");
        }
        return SafeText.of(masked);
    }
}
