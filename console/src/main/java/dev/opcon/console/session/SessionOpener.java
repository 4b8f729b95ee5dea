package dev.opcon.console.session;

import dev.opcon.console.config.ConfigFile;
import dev.opcon.console.config.Context;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.registry.SubjectRegistry;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import dev.opcon.core.spi.SubjectFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a subject name and options into a {@link Session}. Flags beat the environment, which beats
 * the config file's context, which beats defaults. Opening does no I/O: the refresh loop does.
 */
public final class SessionOpener {

    private final SubjectRegistry registry;
    private final ConfigFile config;
    private final Map<String, String> environment;

    public SessionOpener(SubjectRegistry registry, ConfigFile config, Map<String, String> environment) {
        this.registry = registry;
        this.config = config;
        this.environment = Map.copyOf(environment);
    }

    public SubjectRegistry registry() {
        return registry;
    }

    public ConfigFile config() {
        return config;
    }

    /** The subject's options, in form order; instantiates its factory (the subject was picked). */
    public List<OptionSpec> options(String subject) {
        return registry.factory(subject).options();
    }

    /** The values a form shows before the user types: flags, environment, context, defaults. */
    public Options prefill(String subject, Map<String, String> flags, Optional<String> contextName) {
        Map<String, String> fromContext = contextName.flatMap(config::context).map(Context::options).orElse(Map.of());
        return Options.resolve(options(subject), flags, environment, fromContext);
    }

    /** The subject a context names, or an error listing the contexts there are. */
    public Context context(String name) {
        return config.context(name).orElseThrow(() -> OpconException.configuration("unknown context '" + name
                + "' in " + config.path() + "; contexts there: " + (config.contexts().isEmpty() ? "none"
                : config.contexts().stream().map(Context::name).collect(Collectors.joining(", ")))));
    }

    /**
     * @throws OpconException (CONFIGURATION) for an unknown subject, an unknown option or a bad value
     */
    public Session open(String subject, Map<String, String> flags, Optional<String> contextName, Duration interval) {
        SubjectFactory factory = registry.factory(subject);
        rejectUnknown(subject, factory.options(), flags);
        Options options = prefill(subject, flags, contextName);
        Subject created = factory.create(options);
        return new Session(registry.describe(subject), contextName, new RefreshLoop(created, interval),
                created.endpoints());
    }

    private static void rejectUnknown(String subject, List<OptionSpec> specs, Map<String, String> flags) {
        Set<String> known = specs.stream().map(OptionSpec::name).collect(Collectors.toSet());
        for (String flag : flags.keySet()) {
            if (!known.contains(flag)) {
                throw OpconException.configuration("subject " + subject + " has no option --" + flag
                        + "; its options: " + specs.stream().map(spec -> "--" + spec.name())
                        .collect(Collectors.joining(", ")));
            }
        }
    }
}
