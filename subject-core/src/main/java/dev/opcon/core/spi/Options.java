package dev.opcon.core.spi;

import dev.opcon.core.error.OpconException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved option values (flags beat environment, which beats the config file, which beats
 * defaults: {@link #resolve} applies that order). Blank values count as absent.
 */
public record Options(Map<String, String> values) {

    public Options {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value.trim());
            }
        });
        values = Map.copyOf(kept);
    }

    public static Options of(Map<String, String> values) {
        return new Options(values);
    }

    /**
     * Resolves every spec: the first present value of flags, environment, config file, default.
     * Options that no spec names are kept when they came from flags, so a factory can reject them.
     */
    public static Options resolve(List<OptionSpec> specs, Map<String, String> flags,
                                  Map<String, String> environment, Map<String, String> configFile) {
        Map<String, String> resolved = new LinkedHashMap<>(flags);
        for (OptionSpec spec : specs) {
            String value = present(flags.get(spec.name()))
                    .or(() -> spec.environmentVariable().flatMap(variable -> present(environment.get(variable))))
                    .or(() -> present(configFile.get(spec.name())))
                    .or(spec::defaultValue)
                    .orElse(null);
            resolved.put(spec.name(), value);
        }
        return new Options(resolved);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> OpconException.configuration(
                "missing option --" + name + ": give it as a flag, in the environment, or in the config file"));
    }

    /** A comma-separated option as a list, blanks dropped. */
    public List<String> list(String name) {
        return get(name).map(value -> Arrays.stream(value.split(","))
                        .map(String::trim).filter(item -> !item.isEmpty()).toList())
                .orElse(List.of());
    }

    public Optional<Duration> duration(String name) {
        return get(name).map(value -> Durations.parse(name, value));
    }

    public Optional<Double> number(String name) {
        return get(name).map(value -> {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException notANumber) {
                throw OpconException.configuration("option --" + name + ": '" + value + "' is not a number");
            }
        });
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
