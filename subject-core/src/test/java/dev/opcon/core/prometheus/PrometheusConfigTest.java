package dev.opcon.core.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.error.OpconException.Category;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad configuration is refused before any I/O, naming the option. */
class PrometheusConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "prometheus:9090", "ftp://prometheus:9090", "http://", "http://prom etheus:9090",
            "http://prometheus:9090/?x=1", "http://my_prometheus:9090"})
    void aBadUrlIsAConfigurationProblemNamingTheOption(String url) {
        assertThatThrownBy(() -> new PrometheusClient(PrometheusConfig.of(url)))
                .isInstanceOfSatisfying(OpconException.class,
                        failure -> assertThat(failure.category()).isEqualTo(Category.CONFIGURATION))
                .hasMessageContaining("--prometheus-url");
    }

    @Test
    void aBadUrlIsShownWithoutItsPassword() {
        assertThatThrownBy(() -> new PrometheusClient(PrometheusConfig.of("htp://admin:hunter2@prometheus:9090")))
                .hasMessageContaining("htp://admin:****@prometheus:9090")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void theConstructorDoesNoIo() {
        // Port 9 (discard) is closed here; only a query would notice.
        PrometheusClient client = new PrometheusClient(PrometheusConfig.of("http://127.0.0.1:9"));

        assertThat(client.endpoint()).isEqualTo("http://127.0.0.1:9");
    }

    @Test
    void tokenAndBasicAuthTogetherAreRefused() {
        assertThatThrownBy(() -> PrometheusConfig.of("http://p:9090").withBearerToken("t").withBasicAuth("u", "p"))
                .isInstanceOf(OpconException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void aNonPositiveTimeoutIsRefused() {
        assertThatThrownBy(() -> PrometheusConfig.of("http://p:9090").withRequestTimeout(Duration.ZERO))
                .isInstanceOf(OpconException.class);
    }

    @Test
    void toStringMasksSecrets() {
        PrometheusConfig config = new PrometheusConfig("https://u:urlpass@p:9090", null, "grafana", "pa55word",
                Duration.ofSeconds(3));

        assertThat(config.toString())
                .isEqualTo("PrometheusConfig[baseUrl=https://u:****@p:9090, bearerToken=none, basicAuthUser=grafana,"
                        + " basicAuthPassword=****, requestTimeout=3000 ms]");
    }
}
