package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the {@code opcon demo} command line: one clear line and exit 3, before anything starts. */
class DemoCommandTest {

    @TempDir
    Path home;

    @Test
    void anUnknownTourListsTheTours() {
        DemoRun run = DemoRun.run(home, "demo", "--tour", "volcano");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("opcon: unknown tour 'volcano'; tours: node-failure, redis-outage, over-limit, all\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aTourNeedsTheConsole() {
        DemoRun run = DemoRun.run(home, "demo", "--headless", "--tour");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("opcon: --tour needs the console; leave out --headless\n");
    }

    @Test
    void faultsAreForTheHeadlessScript() {
        DemoRun run = DemoRun.run(home, "demo", "--faults", "node-down");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("opcon: --faults applies to --headless only; in the console, press c\n");
    }

    @Test
    void anImpossibleRateIsRefused() {
        DemoRun run = DemoRun.run(home, "demo", "--headless", "--rps", "-5");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("opcon: --rps must be between 0 and 5000, got -5\n");
    }

    @Test
    void aBadDurationNamesTheOption() {
        DemoRun run = DemoRun.run(home, "demo", "--headless", "--duration", "soon");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("opcon: option --duration: 'soon' is not a duration (write 500ms, 2s, 1m or 1h)\n");
    }

    @Test
    void helpListsTheDemoOptions() {
        DemoRun run = DemoRun.run(home, "demo", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--rps", "--keys", "--redis-url", "--tour", "--headless", "--duration", "--theme",
                "--prometheus", "--faults", "node-failure (default), redis-outage, over-limit, all");
    }
}
