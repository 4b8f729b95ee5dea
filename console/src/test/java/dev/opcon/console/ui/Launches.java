package dev.opcon.console.ui;

import dev.opcon.console.session.SessionOpener;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Launch settings for tests: a fast refresh, the default theme, no demo. */
final class Launches {

    static final Duration FAST = Duration.ofMillis(250);

    private Launches() {
    }

    static ConsoleLaunch picker(SessionOpener opener) {
        return new ConsoleLaunch(opener, Optional.empty(), Optional.empty(), Map.of(), "default", FAST, Map.of(),
                Optional.empty());
    }

    static ConsoleLaunch subject(SessionOpener opener, String subject, Map<String, String> flags) {
        return new ConsoleLaunch(opener, Optional.of(subject), Optional.empty(), flags, "default", FAST, Map.of(),
                Optional.empty());
    }
}
