package dev.opcon.console.ui;

import dev.opcon.console.session.SessionOpener;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the full-screen console starts from, as the command line resolved it.
 *
 * @param subject     skip the picker and connect to this subject at once
 * @param context     the config file's context whose options prefill the form
 * @param flagOptions subject options given as flags ({@code ratelimiter-url} without dashes)
 * @param themeName   the theme to start with; {@code NO_COLOR} in {@code environment} overrides it
 * @param demo        present in demo mode only
 */
public record ConsoleLaunch(SessionOpener opener, Optional<String> subject, Optional<String> context,
                            Map<String, String> flagOptions, String themeName, Duration interval,
                            Map<String, String> environment, Optional<DemoHooks> demo) {

    public ConsoleLaunch {
        flagOptions = Map.copyOf(flagOptions);
        environment = Map.copyOf(environment);
    }
}
