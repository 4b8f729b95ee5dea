package dev.opcon.core.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshLoopTest {

    private final FakeSubject subject = new FakeSubject();
    private final CountDownLatch never = new CountDownLatch(1);
    private RefreshLoop loop;

    @AfterEach
    void tearDown() {
        never.countDown();
        if (loop != null) {
            loop.close();
        }
    }

    @Test
    void aSlowSourceMissesItsDeadlineWithoutHoldingBackTheOthers() {
        subject.source("fast", Duration.ofSeconds(1), () -> "fast value");
        subject.source("slow", Duration.ofMillis(200), () -> {
            never.await();
            return "never";
        });
        loop = new RefreshLoop(subject, Duration.ofSeconds(1));

        long started = System.nanoTime();
        Frame frame = loop.observeOnce();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(tookMillis).isLessThan(900);
        assertThat(status(frame, "fast").isOk()).isTrue();
        assertThat(subject.lastResults.value("fast", String.class)).contains("fast value");
        assertThat(status(frame, "slow").state()).isEqualTo(SourceStatus.State.ERROR);
        assertThat(status(frame, "slow").errorText()).isEqualTo("no answer within 200 ms");
    }

    @Test
    void aReadThatIgnoresInterruptsIsReportedStaleInsteadOfPilingUp() {
        subject.source("stuck", Duration.ofMillis(100), () -> {
            while (never.getCount() > 0) {
                try {
                    never.await();
                } catch (InterruptedException ignored) {
                    // like a socket read that does not react to interrupts
                }
            }
            return "late";
        });
        loop = new RefreshLoop(subject, Duration.ofSeconds(1));
        loop.observeOnce();

        Frame second = loop.observeOnce();

        assertThat(status(second, "stuck").state()).isEqualTo(SourceStatus.State.STALE);
        assertThat(status(second, "stuck").errorText()).startsWith("previous read still running");
    }

    @Test
    void aFailingSourceKeepsItsMessageAndCategory() {
        subject.source("broken", Duration.ofSeconds(1), () -> {
            throw OpconException.unavailable("node n2 (http://127.0.0.1:1): connection refused", null);
        });
        loop = new RefreshLoop(subject, Duration.ofSeconds(1));

        Frame frame = loop.observeOnce();

        assertThat(status(frame, "broken").errorText()).isEqualTo("node n2 (http://127.0.0.1:1): connection refused");
        assertThat(status(frame, "broken").category()).contains(OpconException.Category.SOURCE_UNAVAILABLE);
        assertThat(frame.exitCode()).isEqualTo(3);
    }

    @Test
    void violationsWaitForTheirGraceAndAreKeptAsResolvedWhenTheyClear() {
        MutableClock clock = new MutableClock();
        subject.source("ok", Duration.ofSeconds(1), () -> "fine");
        loop = new RefreshLoop(subject, Duration.ofSeconds(1), clock);
        subject.findings = List.of(FakeSubject.finding("high_latency", "n1", Severity.WARNING, Duration.ofSeconds(60)),
                FakeSubject.finding("node_down", "n2", Severity.CRITICAL, Duration.ZERO));

        Frame first = loop.observeOnce();
        assertThat(first.active()).extracting("invariant").containsExactly("node_down");
        assertThat(first.exitCode()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(61));
        Frame later = loop.observeOnce();
        assertThat(later.active()).extracting("invariant").containsExactlyInAnyOrder("node_down", "high_latency");

        subject.findings = List.of(FakeSubject.finding("high_latency", "n1", Severity.WARNING, Duration.ofSeconds(60)));
        clock.advance(Duration.ofSeconds(1));
        Frame cleared = loop.observeOnce();
        assertThat(cleared.active()).extracting("invariant").containsExactly("high_latency");
        assertThat(cleared.exitCode()).isEqualTo(1);
        assertThat(cleared.resolved()).singleElement().satisfies(resolved -> {
            assertThat(resolved.invariant()).isEqualTo("node_down");
            assertThat(resolved.duration(clock.instant())).isEqualTo(Duration.ofSeconds(62));
        });
    }

    @Test
    void aConditionThatClearsBeforeItsGraceStartsItsGraceAgain() {
        MutableClock clock = new MutableClock();
        subject.source("ok", Duration.ofSeconds(1), () -> "fine");
        loop = new RefreshLoop(subject, Duration.ofSeconds(1), clock);
        var latency = FakeSubject.finding("high_latency", "n1", Severity.WARNING, Duration.ofSeconds(60));

        subject.findings = List.of(latency);
        loop.observeOnce();
        clock.advance(Duration.ofSeconds(50));
        subject.findings = List.of();
        loop.observeOnce();
        subject.findings = List.of(latency);
        clock.advance(Duration.ofSeconds(20));
        Frame frame = loop.observeOnce();

        assertThat(frame.active()).isEmpty();
    }

    @Test
    void theLoopPublishesFramesOnItsOwnThreadAndRefreshesOnRequestWhilePaused() {
        subject.source("ok", Duration.ofSeconds(1), () -> "fine");
        loop = new RefreshLoop(subject, Duration.ofMinutes(10));
        List<Frame> frames = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        loop.addListener(frame -> {
            frames.add(frame);
            threads.add(Thread.currentThread().getName());
        });

        loop.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> frames.size() == 1);
        loop.setPaused(true);
        loop.refreshNow();
        await().atMost(Duration.ofSeconds(5)).until(() -> frames.size() == 2);

        assertThat(threads).containsOnly("opcon-refresh");
        assertThat(frames).extracting(Frame::sequence).containsExactly(1L, 2L);
    }

    @Test
    void aShorterIntervalTakesEffectOnTheTickInProgress() {
        subject.source("ok", Duration.ofSeconds(1), () -> "fine");
        loop = new RefreshLoop(subject, Duration.ofMinutes(10));
        List<Frame> frames = new CopyOnWriteArrayList<>();
        loop.addListener(frames::add);
        loop.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> frames.size() == 1);

        loop.setInterval(Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(5)).until(() -> frames.size() >= 3);
    }

    private static SourceStatus status(Frame frame, String name) {
        return frame.observation().sources().stream().filter(source -> source.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
