package dev.opcon.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.console.config.ConfigFile;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.core.registry.SubjectRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The picker over the real registry: the subjects shipped on the class path, found by ServiceLoader. */
class ClassPathPickerTest {

    @Test
    void thePickerListsBothShippedSubjects() throws Exception {
        SessionOpener opener = new SessionOpener(SubjectRegistry.fromClassPath(),
                new ConfigFile(Path.of("/nowhere/config.json"), List.of(), List.of()), Map.of());
        try (ConsoleHarness console = ConsoleHarness.start(Launches.picker(opener), 140, 30)) {
            String picker = console.awaitText("Contexts in");

            assertThat(picker).containsPattern("> ratelimiter +distributed sliding-window rate limiter")
                    .containsPattern(" {3}tikv +a TiKV cluster");
            assertThat(console.quit()).isZero();
        }
    }
}
