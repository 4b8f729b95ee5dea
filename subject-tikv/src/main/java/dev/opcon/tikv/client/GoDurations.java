package dev.opcon.tikv.client;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Go's {@code Duration.String()} ({@code "527h55m36.453748544s"}, {@code "4m30.2s"},
 * {@code "1.5ms"}, {@code "0s"}), which {@link Duration#parse} does not accept.
 */
public final class GoDurations {

    private static final Pattern WHOLE = Pattern.compile("[-+]?(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+");
    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)");

    private GoDurations() {
    }

    /**
     * @throws IllegalArgumentException when the text is no Go duration
     */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.equals("0")) {
            return Duration.ZERO;
        }
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a Go duration such as 4m30.2s");
        }
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher part = PART.matcher(trimmed);
        while (part.find()) {
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(nanosPer(part.group(2)))));
        }
        long total = nanos.setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Duration.ofNanos(trimmed.startsWith("-") ? -total : total);
    }

    private static long nanosPer(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
        };
    }
}
