package dev.opcon.tikv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.registry.SubjectRegistry;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import dev.opcon.core.spi.SubjectFactory;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TikvSubjectFactoryTest {

    private final SubjectFactory factory = new TikvSubjectFactory();

    @Test
    void registryFindsTheSubjectByName() {
        SubjectRegistry registry = SubjectRegistry.fromClassPath();

        assertThat(registry.describe("tikv").description()).contains("PD");
        assertThat(registry.factory("tikv")).isInstanceOf(TikvSubjectFactory.class);
    }

    @Test
    void optionsComeFromTheSeedSystemsEnvironment() {
        assertThat(factory.options()).filteredOn(spec -> spec.name().equals("pd-endpoint")).singleElement()
                .satisfies(spec -> {
                    assertThat(spec.required()).isTrue();
                    assertThat(spec.environmentVariable()).contains("PD_ENDPOINT");
                });
        assertThat(factory.options()).filteredOn(spec -> spec.name().equals("prometheus-url"))
                .extracting(OptionSpec::environmentVariable).containsExactly(Optional.of("PROMETHEUS_URL"));
    }

    @Test
    void createsWithoutTouchingTheNetwork() {
        Subject subject = factory.create(Options.of(Map.of(
                "pd-endpoint", "pd-1.invalid:2379, http://pd-2.invalid:2379/pd/api/v1/",
                "prometheus-url", "http://prometheus.invalid:9090/")));

        assertThat(subject.name()).isEqualTo("tikv");
        assertThat(subject.endpoints()).containsExactly("pd http://pd-1.invalid:2379", "pd http://pd-2.invalid:2379",
                "prometheus http://prometheus.invalid:9090");
    }

    @Test
    void missingPdEndpointNamesTheOptionAndItsVariable() {
        assertThatThrownBy(() -> factory.create(Options.of(Map.of())))
                .isInstanceOf(OpconException.class)
                .hasMessageContaining("--pd-endpoint").hasMessageContaining("PD_ENDPOINT");
    }

    @Test
    void badValuesNameTheirOption() {
        assertConfiguration(Map.of("pd-endpoint", "ftp://pd:2379"), "--pd-endpoint");
        assertConfiguration(Map.of("pd-endpoint", "http://user:secret@pd:2379"), "user:password");
        assertConfiguration(Map.of("pd-endpoint", "http://pd:2379", "prometheus-url", "prometheus"), "--prometheus-url");
        assertConfiguration(Map.of("pd-endpoint", "http://pd:2379", "leader-imbalance-grace", "soon"),
                "--leader-imbalance-grace");
        assertConfiguration(Map.of("pd-endpoint", "http://pd:2379", "low-space-available-ratio", "20"),
                "--low-space-available-ratio");
        assertConfiguration(Map.of("pd-endpoint", "http://pd:2379", "redis-url", "redis://x"), "no option --redis-url");
    }

    @Test
    void secretsNeverReachTheMessage() {
        assertThatThrownBy(() -> factory.create(Options.of(Map.of("pd-endpoint", "http://user:hunter2@pd:2379"))))
                .hasMessageNotContaining("hunter2");
    }

    private void assertConfiguration(Map<String, String> options, String expected) {
        assertThatThrownBy(() -> factory.create(Options.of(options)))
                .isInstanceOf(OpconException.class)
                .hasMessageContaining(expected)
                .extracting(failure -> ((OpconException) failure).category())
                .isEqualTo(OpconException.Category.CONFIGURATION);
    }
}
