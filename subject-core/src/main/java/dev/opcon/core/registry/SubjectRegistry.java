package dev.opcon.core.registry;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.SubjectFactory;
import dev.opcon.core.spi.SubjectInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The subjects on the class path, found with {@link ServiceLoader}. Names and descriptions come
 * from each factory class's {@link SubjectInfo}, so a factory is instantiated only when its subject
 * is picked, and then only once. A duplicate name is refused; an unknown one is answered with the
 * list of available names.
 */
public final class SubjectRegistry {

    private final Map<String, Registered> byName;
    private final Map<String, SubjectFactory> instantiated = new ConcurrentHashMap<>();

    private record Registered(SubjectDescriptor descriptor, ServiceLoader.Provider<SubjectFactory> provider) {
    }

    /** The seam tests replace: where the providers come from. */
    public SubjectRegistry(Supplier<Stream<ServiceLoader.Provider<SubjectFactory>>> providers) {
        Map<String, Registered> found = new LinkedHashMap<>();
        providers.get().forEach(provider -> {
            SubjectInfo info = provider.type().getAnnotation(SubjectInfo.class);
            if (info == null) {
                throw new OpconException(OpconException.Category.INTERNAL, "subject factory "
                        + provider.type().getName() + " has no @SubjectInfo: annotate it with its name and description");
            }
            Registered previous = found.putIfAbsent(info.name(),
                    new Registered(new SubjectDescriptor(info.name(), info.description()), provider));
            if (previous != null) {
                throw new OpconException(OpconException.Category.INTERNAL, "two subjects are named '" + info.name()
                        + "': " + previous.provider().type().getName() + " and " + provider.type().getName());
            }
        });
        this.byName = found;
    }

    /** The subjects on this class path. */
    public static SubjectRegistry fromClassPath() {
        return new SubjectRegistry(() -> ServiceLoader.load(SubjectFactory.class).stream());
    }

    /** In the order ServiceLoader found them, sorted by name so the picker is stable. */
    public List<SubjectDescriptor> available() {
        List<SubjectDescriptor> descriptors = new ArrayList<>();
        byName.values().forEach(registered -> descriptors.add(registered.descriptor()));
        descriptors.sort(java.util.Comparator.comparing(SubjectDescriptor::name));
        return List.copyOf(descriptors);
    }

    public SubjectDescriptor describe(String name) {
        return lookUp(name).descriptor();
    }

    /**
     * @throws OpconException (CONFIGURATION) naming the available subjects when {@code name} is unknown
     */
    public SubjectFactory factory(String name) {
        Registered registered = lookUp(name);
        return instantiated.computeIfAbsent(name, unused -> registered.provider().get());
    }

    private Registered lookUp(String name) {
        Registered registered = byName.get(name);
        if (registered == null) {
            String names = available().stream().map(SubjectDescriptor::name).reduce((a, b) -> a + ", " + b)
                    .orElse("none: no subject module is on the class path");
            throw OpconException.configuration("unknown subject '" + dev.opcon.core.text.SafeText.of(name)
                    + "'; available subjects: " + names);
        }
        return registered;
    }
}
