package dev.opcon.console.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opcon.console.config.ConfigFile;
import dev.opcon.console.session.SessionOpener;
import dev.opcon.console.ui.fake.HttpProbeSubjectFactory;
import dev.opcon.console.ui.fake.TestRegistries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlowSourceConsoleTest {

    /** Frames that mean a thread is waiting on the network or on Redis. */
    private static final List<String> IO_FRAMES = List.of("java.net.", "sun.nio.ch.", "jdk.internal.net.http.",
            "redis.clients.", "java.net.http.");

    private final WireMockServer wireMock = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void startWireMock() {
        wireMock.start();
        wireMock.stubFor(get("/slow").willReturn(aResponse().withFixedDelay(4_000).withBody("late")));
    }

    @AfterEach
    void stopWireMock() {
        wireMock.stop();
    }

    @Test
    void aSourcePastItsDeadlineHoldsBackNeitherTheOtherPanelNorTheUiThread() throws Exception {
        SessionOpener opener = new SessionOpener(TestRegistries.of(new HttpProbeSubjectFactory()),
                new ConfigFile(Path.of("/nowhere/config.json"), List.of(), List.of()), Map.of());
        ConsoleLaunch launch = Launches.subject(opener, "probe", Map.of("probe-url", wireMock.baseUrl() + "/slow"));
        try (ConsoleHarness console = ConsoleHarness.start(launch, 100, 30)) {
            String first = console.awaitText("reads #");
            List<String> stacksInIo = new CopyOnWriteArrayList<>();
            Thread sampler = sample(console.uiThread(), stacksInIo);

            long startReads = reads(first);
            String later = console.awaitScreen(screen -> reads(screen) >= startReads + 6);
            assertThat(later).containsPattern("⊘ slow: error: no answer within 300 ms|◌ slow: stale");
            assertThat(later).contains("body –");

            console.resetLongestTurn();
            long typed = System.nanoTime();
            console.type("?");
            console.awaitText("this help");
            assertThat((System.nanoTime() - typed) / 1_000_000).as("help opens while the source is slow").isLessThan(1_000);
            assertThat(console.longestTurnMillis()).as("no turn of the UI loop waits for the source").isLessThan(1_000);

            sampler.interrupt();
            sampler.join();
            assertThat(stacksInIo).as("the UI thread was never seen in network or Redis code").isEmpty();
            assertThat(HttpProbeSubjectFactory.READING_THREADS).doesNotContain(console.uiThread());
            assertThat(console.quit()).isZero();
        }
    }

    private static long reads(String screen) {
        Matcher matcher = Pattern.compile("reads #(\\d+)").matcher(screen);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** Samples the UI thread's stack every few milliseconds and keeps any sample taken inside I/O code. */
    private static Thread sample(Thread uiThread, List<String> stacksInIo) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                List<String> frames = new ArrayList<>();
                for (StackTraceElement frame : uiThread.getStackTrace()) {
                    frames.add(frame.getClassName());
                }
                if (frames.stream().anyMatch(name -> IO_FRAMES.stream().anyMatch(name::startsWith))) {
                    stacksInIo.add(String.join(" < ", frames));
                }
                try {
                    Thread.sleep(3);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "ui-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }
}
