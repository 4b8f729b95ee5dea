package dev.opcon.console.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.core.spi.OptionSpec;
import org.junit.jupiter.api.Test;

class FormRendererTest {

    private final Glyphs glyphs = Frames.context().glyphs();

    @Test
    void secretsNeverShow() {
        OptionSpec redis = OptionSpec.required("redis-url", "Redis", "REDIS_URL").asSecret();
        OptionSpec password = OptionSpec.optional("password", "a password", null).asSecret();
        OptionSpec plain = OptionSpec.required("ratelimiter-url", "nodes", null);

        assertThat(FormRenderer.shownValue(redis, "redis://:hunter2@db:6379/0", glyphs)).isEqualTo("redis://:***@db:6379/0");
        assertThat(FormRenderer.shownValue(redis, "https://prom:9090/api?token=abc", glyphs))
                .isEqualTo("https://prom:9090/api?***");
        assertThat(FormRenderer.shownValue(password, "hunter2", glyphs)).isEqualTo("•••••••");
        assertThat(FormRenderer.shownValue(plain, "http://a:8080?x=1", glyphs)).isEqualTo("http://a:8080?x=1");
    }
}
