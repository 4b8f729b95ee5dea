package dev.opcon.tikv.client;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PD's human-readable byte sizes ({@code typeutil.ByteSize}): {@code "1.8TiB"}, {@code "937 GiB"}
 * (PD 2.x/3.x put a space), {@code "1024GiB"}, {@code "0B"}. Like PD's own parser ({@code units.RAMInBytes})
 * every unit is binary and case does not matter, so {@code "1.5g"} and {@code "1.5GB"} are 1.5 GiB too.
 */
public final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile(
            "([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE]([+-]?[0-9]+))?\\s*([kmgtpezy]?)(i?b?)", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "kmgtpezy";

    private ByteSizes() {
    }

    /**
     * @throws IllegalArgumentException when the text is no size
     */
    public static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no size");
        }
        Matcher matcher = SIZE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size such as 1.8TiB");
        }
        BigDecimal mantissa = new BigDecimal(matcher.group(1));
        if (matcher.group(2) != null) {
            mantissa = mantissa.scaleByPowerOfTen(Integer.parseInt(matcher.group(2)));
        }
        String unit = matcher.group(3).toLowerCase(Locale.ROOT);
        String suffix = matcher.group(4).toLowerCase(Locale.ROOT);
        if (unit.isEmpty() && suffix.startsWith("i")) {
            throw new IllegalArgumentException("'" + text + "' is not a size such as 1.8TiB");
        }
        int power = unit.isEmpty() ? 0 : UNITS.indexOf(unit) + 1;
        // Truncated, as PD's own parser does (int64(size * unit)).
        BigDecimal bytes = mantissa.multiply(BigDecimal.valueOf(1024).pow(power));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        return bytes.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** How PD prints a size: base 1024, four significant digits, no space. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + "B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String digits = value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return digits + units[unit];
    }
}
