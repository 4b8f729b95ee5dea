package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a hand-written fake node: its rate, its answers, its cap when a node stalls. */
class LoadGeneratorIT {

    private final AtomicInteger received = new AtomicInteger();
    private final CountDownLatch stall = new CountDownLatch(1);
    private volatile boolean stalling;
    private HttpServer node;

    @BeforeEach
    void startFakeNode() throws IOException {
        node = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        node.setExecutor(Executors.newCachedThreadPool());
        node.createContext("/check", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int count = received.incrementAndGet();
            if (stalling) {
                awaitQuietly(stall);
            }
            exchange.sendResponseHeaders(count % 2 == 0 ? 200 : 429, -1);
            exchange.close();
        });
        node.start();
    }

    @AfterEach
    void stopFakeNode() {
        stall.countDown();
        node.stop(0);
    }

    @Test
    void sendsAboutTheRateAskedAndCountsTheAnswers() {
        try (LoadGenerator load = LoadGenerator.start(this::targets, new SkewedKeys(5), 100)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.totals().answered() >= 500);
            int atFiveHundred = received.get();
            long started = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).until(() -> received.get() >= atFiveHundred + 200);
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(200 / seconds).as("requests per second once ramped up").isBetween(70.0, 130.0);
            LoadCounters.Totals totals = load.totals();
            assertThat(totals.allowed()).isCloseTo(totals.blocked(), org.assertj.core.data.Offset.offset(10L));
        }
    }

    @Test
    void aStalledNodeHoldsAtMostTheCapInFlight() {
        stalling = true;
        try (LoadGenerator load = LoadGenerator.start(this::targets, new SkewedKeys(5), 500)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.totals().skipped() > 100);

            assertThat(received.get()).isLessThanOrEqualTo(LoadGenerator.MAX_IN_FLIGHT);
            assertThat(load.totals().answered()).isZero();
        }
    }

    @Test
    void withNoNodeRunningNothingIsSent() {
        try (LoadGenerator load = LoadGenerator.start(List::of, new SkewedKeys(5), 200)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.totals().skipped() > 50);

            assertThat(received.get()).isZero();
        }
    }

    private List<String> targets() {
        return List.of("http://127.0.0.1:" + node.getAddress().getPort());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
