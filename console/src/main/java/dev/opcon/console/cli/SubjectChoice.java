package dev.opcon.console.cli;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.registry.SubjectDescriptor;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which subject a command line means: {@code --subject}, else the subject of {@code --context}. */
final class SubjectChoice {

    private SubjectChoice() {
    }

    static Optional<String> resolve(SubjectFlags flags, Environment environment) {
        if (flags.subject().isPresent()) {
            return flags.subject();
        }
        return flags.context().map(name -> environment.sessionOpener().context(name).subject());
    }

    static String require(SubjectFlags flags, Environment environment) {
        return resolve(flags, environment).orElseThrow(() -> OpconException.configuration(
                "no subject given: add --subject NAME or --context NAME; available subjects: "
                        + environment.registry().available().stream().map(SubjectDescriptor::name)
                        .collect(Collectors.joining(", "))));
    }
}
