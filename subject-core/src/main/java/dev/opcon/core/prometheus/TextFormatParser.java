package dev.opcon.core.prometheus;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.prometheus.SampleLineParser.MalformedLineException;
import dev.opcon.core.text.SafeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a {@code /metrics} page in the Prometheus text exposition format 0.0.4. Pure: no I/O.
 *
 * <p>Strict like Prometheus's own scraper: a line it cannot read, an unknown {@code # TYPE}, or a
 * second TYPE for one family fails the whole page with a SOURCE_NONSENSE naming the line, because
 * numbers read from a half-understood page would be silently wrong.
 */
public final class TextFormatParser {

    private static final List<String> HISTOGRAM_SUFFIXES = List.of("_bucket", "_sum", "_count", "_created");
    private static final List<String> SUMMARY_SUFFIXES = List.of("_sum", "_count", "_created");

    private final Map<String, FamilyBuilder> families = new LinkedHashMap<>();

    private TextFormatParser() {
    }

    public static MetricFamilies parse(String body) {
        TextFormatParser parser = new TextFormatParser();
        String[] lines = body.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            try {
                parser.line(line);
            } catch (MalformedLineException e) {
                throw OpconException.nonsense("malformed metrics text at line " + (index + 1) + ": "
                        + SafeText.of(e.getMessage()) + ": " + SafeText.truncate(SafeText.of(line), 120), e);
            }
        }
        return new MetricFamilies(parser.families.values().stream().map(FamilyBuilder::build).toList());
    }

    private void line(String line) throws MalformedLineException {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("#")) {
            comment(line.substring(1).strip());
            return;
        }
        Sample sample = SampleLineParser.parse(line);
        FamilyBuilder family = familyOf(sample.name());
        checkRequiredLabel(family, sample);
        family.samples.add(sample);
    }

    /** {@code # HELP name text}, {@code # TYPE name type}; any other comment is ignored. */
    private void comment(String comment) throws MalformedLineException {
        String[] parts = comment.split("[ \t]+", 3);
        boolean help = parts[0].equals("HELP");
        if (!help && !parts[0].equals("TYPE")) {
            return;
        }
        if (parts.length < 2 || !isMetricName(parts[1])) {
            throw new MalformedLineException("expected a metric name after " + parts[0]);
        }
        FamilyBuilder family = families.computeIfAbsent(parts[1], FamilyBuilder::new);
        String text = parts.length == 3 ? parts[2] : "";
        if (help) {
            if (family.help != null) {
                throw new MalformedLineException("second HELP line for '" + parts[1] + "'");
            }
            family.help = SafeText.of(unescapeHelp(text));
            return;
        }
        if (family.typeGiven || !family.samples.isEmpty()) {
            throw new MalformedLineException("TYPE line for '" + parts[1] + "' is repeated or comes after its samples");
        }
        family.type = type(text);
        family.typeGiven = true;
    }

    private static MetricType type(String text) throws MalformedLineException {
        return switch (text.strip()) {
            case "counter", "gauge", "histogram", "summary", "untyped" ->
                    MetricType.valueOf(text.strip().toUpperCase(Locale.ROOT));
            default -> throw new MalformedLineException("unknown metric type '" + text.strip() + "'");
        };
    }

    /**
     * The family a sample belongs to: its own typed family, else the histogram or summary its
     * suffix points to ({@code x_bucket} of histogram {@code x}), else an untyped family of its own.
     */
    private FamilyBuilder familyOf(String sampleName) {
        FamilyBuilder exact = families.get(sampleName);
        if (exact != null && exact.typeGiven) {
            return exact;
        }
        for (String suffix : HISTOGRAM_SUFFIXES) {
            if (sampleName.endsWith(suffix)) {
                FamilyBuilder base = families.get(sampleName.substring(0, sampleName.length() - suffix.length()));
                if (base != null && (base.type == MetricType.HISTOGRAM
                        || base.type == MetricType.SUMMARY && SUMMARY_SUFFIXES.contains(suffix))) {
                    return base;
                }
            }
        }
        return exact != null ? exact : families.computeIfAbsent(sampleName, FamilyBuilder::new);
    }

    /** A bucket without a readable {@code le} (or a quantile without {@code quantile}) cannot be used. */
    private static void checkRequiredLabel(FamilyBuilder family, Sample sample) throws MalformedLineException {
        String required;
        if (family.type == MetricType.HISTOGRAM && sample.name().equals(family.name + "_bucket")) {
            required = "le";
        } else if (family.type == MetricType.SUMMARY && sample.name().equals(family.name)) {
            required = "quantile";
        } else {
            return;
        }
        String value = sample.labels().get(required);
        try {
            PrometheusNumbers.parse(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw new MalformedLineException("'" + sample.name() + "' needs a numeric '" + required + "' label");
        }
    }

    /** HELP text escapes only {@code \\} and {@code \n}; any other backslash stays as written. */
    private static String unescapeHelp(String text) {
        StringBuilder help = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            char next = index + 1 < text.length() ? text.charAt(index + 1) : ' ';
            if (c == '\\' && (next == '\\' || next == 'n')) {
                help.append(next == 'n' ? '\n' : '\\');
                index++;
            } else {
                help.append(c);
            }
        }
        return help.toString();
    }

    private static boolean isMetricName(String text) {
        return text.matches("[a-zA-Z_:][a-zA-Z0-9_:]*");
    }

    private static final class FamilyBuilder {
        private final String name;
        private final List<Sample> samples = new ArrayList<>();
        private MetricType type = MetricType.UNTYPED;
        private boolean typeGiven;
        private String help;

        private FamilyBuilder(String name) {
            this.name = name;
        }

        private MetricFamily build() {
            return new MetricFamily(name, type, help == null ? "" : help, samples);
        }
    }
}
