package dev.opcon.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import dev.opcon.core.spi.SubjectFactory;
import dev.opcon.core.spi.SubjectInfo;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SubjectRegistryTest {

    static final AtomicInteger CREATED = new AtomicInteger();

    @SubjectInfo(name = "alpha", description = "the first")
    public static final class AlphaFactory implements SubjectFactory {
        public AlphaFactory() {
            CREATED.incrementAndGet();
        }

        @Override
        public List<OptionSpec> options() {
            return List.of();
        }

        @Override
        public Subject create(Options options) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    @SubjectInfo(name = "alpha", description = "a second alpha")
    public static final class OtherAlphaFactory implements SubjectFactory {
        @Override
        public List<OptionSpec> options() {
            return List.of();
        }

        @Override
        public Subject create(Options options) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    record HandMadeProvider(Class<? extends SubjectFactory> type) implements ServiceLoader.Provider<SubjectFactory> {
        @Override
        public SubjectFactory get() {
            try {
                return type.getConstructor().newInstance();
            } catch (ReflectiveOperationException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    @Test
    void listingSubjectsInstantiatesNoFactoryAndPickingOneInstantiatesItOnce() {
        CREATED.set(0);
        var registry = new SubjectRegistry(() -> Stream.of(new HandMadeProvider(AlphaFactory.class)));

        assertThat(registry.available()).containsExactly(new SubjectDescriptor("alpha", "the first"));
        assertThat(CREATED).hasValue(0);

        registry.factory("alpha");
        registry.factory("alpha");
        assertThat(CREATED).hasValue(1);
    }

    @Test
    void anUnknownNameIsAnsweredWithTheAvailableOnes() {
        var registry = new SubjectRegistry(() -> Stream.of(new HandMadeProvider(AlphaFactory.class)));

        assertThatThrownBy(() -> registry.factory("zookeeper"))
                .isInstanceOf(OpconException.class)
                .hasMessage("unknown subject 'zookeeper'; available subjects: alpha")
                .extracting("category").isEqualTo(OpconException.Category.CONFIGURATION);
    }

    @Test
    void aDuplicateNameIsRefused() {
        assertThatThrownBy(() -> new SubjectRegistry(() -> Stream.of(new HandMadeProvider(AlphaFactory.class),
                new HandMadeProvider(OtherAlphaFactory.class))))
                .hasMessageContaining("two subjects are named 'alpha'");
    }
}
