package dev.opcon.core.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * One option of a subject: its name on the command line ({@code --name}), the environment variable
 * that supplies it when the flag is absent, and its default.
 *
 * @param secret true when the value may hold a password or token; it is then never shown
 */
public record OptionSpec(
        String name,
        String description,
        Optional<String> environmentVariable,
        Optional<String> defaultValue,
        boolean required,
        boolean secret) {

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(environmentVariable, "environmentVariable");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    public static OptionSpec required(String name, String description, String environmentVariable) {
        return new OptionSpec(name, description, Optional.ofNullable(environmentVariable), Optional.empty(), true, false);
    }

    public static OptionSpec optional(String name, String description, String environmentVariable) {
        return new OptionSpec(name, description, Optional.ofNullable(environmentVariable), Optional.empty(), false, false);
    }

    public OptionSpec withDefault(String value) {
        return new OptionSpec(name, description, environmentVariable, Optional.of(value), required, secret);
    }

    public OptionSpec asSecret() {
        return new OptionSpec(name, description, environmentVariable, defaultValue, required, true);
    }
}
