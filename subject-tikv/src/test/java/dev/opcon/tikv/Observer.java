package dev.opcon.tikv;

import dev.opcon.core.model.Frame;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.Violation;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.core.spi.Options;
import dev.opcon.core.spi.Subject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The real factory's subject in a real refresh loop with a hand-moved clock: what {@code opcon check} runs. */
public final class Observer implements AutoCloseable {

    private final MutableClock clock = MutableClock.atFixtureTime();
    private final RefreshLoop loop;

    private Observer(Subject subject) {
        this.loop = new RefreshLoop(subject, Duration.ofSeconds(1), clock);
    }

    public static Observer of(String pdEndpoint, String... optionPairs) {
        Map<String, String> options = new HashMap<>();
        options.put("pd-endpoint", pdEndpoint);
        options.put("timeout", "5s");
        for (int index = 0; index < optionPairs.length; index += 2) {
            options.put(optionPairs[index], optionPairs[index + 1]);
        }
        return new Observer(new TikvSubjectFactory().create(Options.of(options)));
    }

    public Frame observe() {
        return loop.observeOnce();
    }

    public Frame observeAfter(Duration wait) {
        clock.advance(wait);
        return loop.observeOnce();
    }

    public Subject subject() {
        return loop.subject();
    }

    /** "invariant entity severity" per active violation, sorted, for exact comparisons. */
    public static List<String> violations(Frame frame) {
        return frame.active().stream().map(Observer::describe).sorted().toList();
    }

    public static String describe(Violation violation) {
        return violation.invariant() + " " + (violation.entity().isEmpty() ? "-" : violation.entity()) + " "
                + violation.severity().label();
    }

    public static SourceStatus source(Frame frame, String name) {
        return frame.observation().sources().stream().filter(status -> status.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no source " + name + " in " + frame.observation().sources()));
    }

    public static List<String> failedSources(Frame frame) {
        return frame.observation().sources().stream().filter(status -> !status.isOk()).map(SourceStatus::name)
                .sorted().toList();
    }

    @Override
    public void close() {
        loop.close();
    }
}
