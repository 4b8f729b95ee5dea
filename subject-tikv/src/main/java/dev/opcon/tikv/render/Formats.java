package dev.opcon.tikv.render;

import dev.opcon.core.spi.Durations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** How numbers read on screen: short, with units, "–" when unknown. */
public final class Formats {

    public static final String UNKNOWN = "–";
    private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Formats() {
    }

    /** Base 1024 with three significant digits: {@code 498GiB}, {@code 1.80TiB}, {@code 0B}. */
    public static String bytes(double bytes) {
        if (Double.isNaN(bytes)) {
            return UNKNOWN;
        }
        double value = Math.abs(bytes);
        int unit = 0;
        while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return (bytes < 0 ? "-" : "") + significant(value) + BYTE_UNITS[unit];
    }

    public static String bytesPerSecond(double bytes) {
        return Double.isNaN(bytes) ? UNKNOWN : bytes(bytes) + "/s";
    }

    /** {@code 812/s}, {@code 8.12k/s}, {@code 1.20M/s}. */
    public static String perSecond(double rate) {
        return Double.isNaN(rate) ? UNKNOWN : count(rate) + "/s";
    }

    public static String perSecond(OptionalDouble rate) {
        return rate.isPresent() ? perSecond(rate.getAsDouble()) : UNKNOWN;
    }

    /** {@code 812}, {@code 8.12k}, {@code 1.20M}. */
    public static String count(double value) {
        double magnitude = Math.abs(value);
        if (magnitude < 1000) {
            return magnitude == Math.rint(magnitude) ? String.valueOf((long) value) : significant(value);
        }
        if (magnitude < 1_000_000) {
            return significant(value / 1000) + "k";
        }
        if (magnitude < 1_000_000_000) {
            return significant(value / 1_000_000) + "M";
        }
        return significant(value / 1_000_000_000) + "G";
    }

    /** Seconds as {@code 850µs}, {@code 6.10ms}, {@code 215ms}, {@code 1.20s}. */
    public static String latency(double seconds) {
        if (Double.isNaN(seconds)) {
            return UNKNOWN;
        }
        if (Double.isInfinite(seconds)) {
            return "∞";
        }
        if (seconds < 0.001) {
            return significant(seconds * 1e6) + "µs";
        }
        if (seconds < 1) {
            return significant(seconds * 1e3) + "ms";
        }
        return significant(seconds) + "s";
    }

    public static String latency(OptionalDouble seconds) {
        return seconds.isPresent() ? latency(seconds.getAsDouble()) : UNKNOWN;
    }

    public static String age(Optional<Duration> age) {
        return age.map(value -> value.isNegative() ? "0s" : Durations.format(value)).orElse(UNKNOWN);
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? UNKNOWN : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    /** A signed percentage: {@code +12%}, {@code -99%}. */
    public static String signedPercent(double fraction) {
        return Double.isNaN(fraction) ? UNKNOWN : String.format(Locale.ROOT, "%+.0f%%", fraction * 100);
    }

    /** Three significant digits (more above 999); cheaper than String.format, which a refresh calls thousands of times. */
    private static String significant(double value) {
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
