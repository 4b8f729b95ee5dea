package dev.opcon.console.ui.render;

import dev.opcon.console.ui.view.ChaosMenu;
import dev.opcon.console.ui.view.StatusMessage;
import java.util.List;
import java.util.Optional;

/**
 * What every screen shows around its content: the status message, the key hints of the status
 * line, every key for the help overlay, and the warnings of theme and config files.
 */
public record ScreenChrome(Optional<StatusMessage> message, List<KeyHint> hints, List<KeyHint> helpKeys,
                           List<String> warnings, boolean warningsUnread, String themeName,
                           Optional<String> narration, Optional<ChaosMenu> chaos) {

    public ScreenChrome {
        hints = List.copyOf(hints);
        helpKeys = List.copyOf(helpKeys);
        warnings = List.copyOf(warnings);
    }

    /** Without the demo's narration and chaos menu. */
    public ScreenChrome(Optional<StatusMessage> message, List<KeyHint> hints, List<KeyHint> helpKeys,
                        List<String> warnings, boolean warningsUnread, String themeName) {
        this(message, hints, helpKeys, warnings, warningsUnread, themeName, Optional.empty(), Optional.empty());
    }
}
