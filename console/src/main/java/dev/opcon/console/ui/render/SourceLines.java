package dev.opcon.console.ui.render;

import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.spi.Durations;
import dev.opcon.themes.model.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a panel says about its sources that are not ok: "⊘ redis: error: connection refused (last ok
 * 12s ago)" or "◌ management: stale 8s". The panel shows them above its data, so a failing source
 * is visible right where its data is missing or old.
 */
public final class SourceLines {

    /** One line: its text and its role. */
    public record Line(String text, Role role) {
    }

    private SourceLines() {
    }

    public static List<Line> of(List<String> panelSources, List<SourceStatus> statuses, RenderContext context) {
        List<Line> lines = new ArrayList<>();
        for (SourceStatus status : statuses) {
            if (status.isOk() || !panelSources.contains(status.name())) {
                continue;
            }
            String text = Tones.symbol(status.state(), context.glyphs().symbols()) + " " + status.name() + ": "
                    + status.describe(context.now());
            if (status.state() == SourceStatus.State.ERROR && status.lastSuccess().isPresent()) {
                text += " (last ok " + Durations.format(Duration.between(status.lastSuccess().get(), context.now()))
                        + " ago)";
            }
            lines.add(new Line(text, Tones.role(status.state())));
        }
        return lines;
    }

    /** The number of lines a panel gives its source states: all of them, but at most two. */
    public static int count(List<String> panelSources, List<SourceStatus> statuses) {
        int failing = 0;
        for (SourceStatus status : statuses) {
            if (!status.isOk() && panelSources.contains(status.name())) {
                failing++;
            }
        }
        return Math.min(2, failing);
    }
}
