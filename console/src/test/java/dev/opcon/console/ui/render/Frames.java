package dev.opcon.console.ui.render;

import dev.opcon.console.ui.fake.FakeCluster;
import dev.opcon.console.ui.fake.FakeSubject;
import dev.opcon.core.model.Frame;
import dev.opcon.core.refresh.RefreshLoop;
import dev.opcon.themes.ThemeRegistry;
import dev.opcon.themes.model.Theme;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Frames of the fake subject at a fixed time, made by the real refresh loop, for pure render tests. */
public final class Frames {

    public static final Instant NOW = Instant.parse("2024-05-01T10:15:30Z");

    private Frames() {
    }

    /** {@code refreshes} frames in a row of the same cluster (the last is returned), all at {@link #NOW}. */
    public static Frame of(FakeCluster cluster, int refreshes) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (RefreshLoop loop = new RefreshLoop(new FakeSubject("fake", cluster, Duration.ofMillis(500)),
                Duration.ofSeconds(1), clock)) {
            Frame frame = null;
            for (int index = 0; index < refreshes; index++) {
                frame = loop.observeOnce();
            }
            return frame;
        }
    }

    public static RenderContext context() {
        return context(ThemeRegistry.bundled().defaultTheme());
    }

    public static RenderContext context(Theme theme) {
        return RenderContext.of(theme, NOW.plusSeconds(2), ZoneOffset.UTC);
    }

    public static HeaderInfo header() {
        return new HeaderInfo("fake", java.util.Optional.of("prod"),
                java.util.List.of("http://fake-management:8080", "redis://:secret@fake-redis:6379"),
                Duration.ofSeconds(1), false);
    }
}
