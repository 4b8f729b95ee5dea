package dev.opcon.console.cli;

import dev.opcon.core.error.OpconException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The subject and its options on the command line. Subject options ({@code --redis-url URL}) are
 * not declared to picocli: each subject declares its own, and the registry must not instantiate
 * every factory just to parse a command line. They are collected here and checked by the picked
 * subject, which names any option it does not know.
 */
public final class SubjectFlags {

    @Option(names = "--subject", paramLabel = "NAME", description = "The subject to watch (see `opcon subjects`).")
    String subject;

    @Option(names = "--context", paramLabel = "NAME", description = "A named context from the config file.")
    String context;

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<String> context() {
        return Optional.ofNullable(context);
    }

    /**
     * {@code --name value} and {@code --name=value} pairs, by name without the dashes. The command
     * declares the {@code @Unmatched} list itself: picocli fills unmatched arguments of a command,
     * not of a mixin.
     */
    public static Map<String, String> options(List<String> subjectOptions) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < subjectOptions.size(); i++) {
            String token = subjectOptions.get(i);
            if (!token.startsWith("--") || token.length() == 2) {
                throw OpconException.configuration("unexpected argument '" + token
                        + "': subject options are written --name value");
            }
            int equals = token.indexOf('=');
            if (equals > 0) {
                options.put(token.substring(2, equals), token.substring(equals + 1));
            } else if (i + 1 < subjectOptions.size() && !subjectOptions.get(i + 1).startsWith("--")) {
                options.put(token.substring(2), subjectOptions.get(++i));
            } else {
                throw OpconException.configuration("option " + token + " needs a value");
            }
        }
        return options;
    }
}
