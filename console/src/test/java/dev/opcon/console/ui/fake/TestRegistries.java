package dev.opcon.console.ui.fake;

import dev.opcon.console.config.ConfigFile;
import dev.opcon.console.config.Context;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.core.registry.SubjectRegistry;
import dev.opcon.core.spi.SubjectFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** Registries and openers over hand-made factories, through the registry's own seam. */
public final class TestRegistries {

    private TestRegistries() {
    }

    public static SubjectRegistry of(SubjectFactory... factories) {
        return new SubjectRegistry(() -> Stream.of(factories).map(TestRegistries::provider));
    }

    public static SessionOpener opener(FakeCluster cluster, Map<String, String> environment, Context... contexts) {
        SubjectRegistry registry = of(new FakeSubjectFactory(cluster, java.time.Duration.ofMillis(800)),
                new OtherSubjectFactory());
        ConfigFile config = new ConfigFile(Path.of("/tmp/opcon-test/config.json"), List.of(contexts), List.of());
        return new SessionOpener(registry, config, environment);
    }

    private static ServiceLoader.Provider<SubjectFactory> provider(SubjectFactory factory) {
        return new ServiceLoader.Provider<>() {
            @Override
            public Class<? extends SubjectFactory> type() {
                return factory.getClass();
            }

            @Override
            public SubjectFactory get() {
                return factory;
            }
        };
    }
}
