package dev.opcon.core.spi;

import java.util.List;

/** An operator action a subject offers, with the arguments it needs. */
public record ActionSpec(String name, String description, List<OptionSpec> arguments) {

    public ActionSpec {
        arguments = List.copyOf(arguments);
    }
}
