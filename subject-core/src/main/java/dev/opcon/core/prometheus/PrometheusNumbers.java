package dev.opcon.core.prometheus;

import java.util.Locale;
import java.util.regex.Pattern;

/** Sample values as Prometheus writes them: decimals, {@code NaN}, {@code +Inf}, {@code -Inf}. */
final class PrometheusNumbers {

    // Double.parseDouble alone would also accept "1.5d", "0x1p3" and surrounding blanks.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PrometheusNumbers() {
    }

    static double parse(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                if (!DECIMAL.matcher(text).matches()) {
                    throw new NumberFormatException("'" + text + "' is not a number");
                }
                return Double.parseDouble(text);
        }
    }
}
