package dev.opcon.ratelimiter.render;

import dev.opcon.core.spi.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How figures read on screen. Unknown figures show as a dash, never as zero. */
final class Formats {

    static final String UNKNOWN = "–";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    static String perSecond(Double value) {
        if (value == null || value.isNaN()) {
            return UNKNOWN;
        }
        return (value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value)) + "/s";
    }

    static String milliseconds(Double value) {
        if (value == null || value.isNaN()) {
            return UNKNOWN;
        }
        return (value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value)) + " ms";
    }

    static String count(Long value) {
        return value == null ? UNKNOWN : String.format(Locale.ROOT, "%,d", value);
    }

    static String bytes(Long value) {
        if (value == null || value < 0) {
            return UNKNOWN;
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double amount = value;
        int unit = 0;
        while (amount >= 1024 && unit < units.length - 1) {
            amount /= 1024;
            unit++;
        }
        return unit == 0 ? value + " B" : String.format(Locale.ROOT, "%.1f %s", amount, units[unit]);
    }

    static String duration(Long milliseconds) {
        return milliseconds == null ? UNKNOWN : Durations.format(Duration.ofMillis(milliseconds));
    }

    /** "2025-01-31 12:00:03Z (4s ago)". */
    static String moment(Instant at, Instant now) {
        if (at == null) {
            return UNKNOWN;
        }
        Duration age = Duration.between(at, now);
        String relative = age.isNegative() ? "in " + Durations.format(age.negated()) : Durations.format(age) + " ago";
        return TIME.format(at) + " (" + relative + ")";
    }

    static String yesNo(Boolean value) {
        return value == null ? UNKNOWN : value ? "yes" : "no";
    }

    static double sortValue(Double value) {
        return value == null ? Double.NaN : value;
    }
}
