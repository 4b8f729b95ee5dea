package dev.opcon.console.cli;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.KeyValuePanel;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.TimeSeriesPanel;
import dev.opcon.core.model.Violation;
import dev.opcon.core.spi.Durations;
import dev.opcon.core.text.SafeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text form of a frame for {@code opcon check}: sources, every panel, then violations.
 * Every piece of text passes {@link SafeText} once more on its way out, so nothing a server sent
 * can drive the terminal even if a subject forgot.
 */
final class TextReport {

    private static final int MAX_CELL = 48;

    private TextReport() {
    }

    static String render(Frame frame) {
        var observation = frame.observation();
        StringBuilder out = new StringBuilder();
        out.append(observation.subject()).append("  observed ").append(observation.observedAt())
                .append(" in ").append(observation.took().toMillis()).append(" ms\n");
        out.append("sources:");
        for (SourceStatus source : observation.sources()) {
            out.append("\n  ").append(safe(source.name())).append(' ')
                    .append(safe(source.describe(observation.observedAt())))
                    .append(source.isOk() ? " (" + source.latencyMillis() + " ms)" : "");
        }
        out.append('\n');
        for (Panel panel : observation.panels()) {
            out.append('\n').append(safe(panel.title()));
            if (!panel.note().isEmpty()) {
                out.append("  (").append(safe(panel.note())).append(')');
            }
            out.append('\n');
            appendPanel(out, panel);
        }
        out.append('\n');
        appendViolations(out, frame);
        return out.toString();
    }

    private static void appendPanel(StringBuilder out, Panel panel) {
        if (panel instanceof TablePanel table) {
            appendTable(out, table);
        } else if (panel instanceof KeyValuePanel keyValue) {
            for (Entry entry : keyValue.entries()) {
                out.append("  ").append(safe(entry.label())).append(": ").append(safe(entry.value())).append('\n');
            }
        } else if (panel instanceof TimeSeriesPanel series) {
            for (TimeSeriesPanel.Series each : series.series()) {
                out.append("  ").append(safe(each.name())).append(": ").append(safe(each.latest())).append('\n');
            }
        }
    }

    private static void appendTable(StringBuilder out, TablePanel table) {
        if (table.rows().isEmpty()) {
            out.append("  (none)\n");
            return;
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.columns().stream().map(Column::name).map(TextReport::safe).toList());
        table.rows().forEach(row -> lines.add(row.cells().stream().map(TextReport::cellText).toList()));
        int[] widths = new int[table.columns().size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder("  ");
            for (int i = 0; i < line.size(); i++) {
                boolean number = table.columns().get(i).kind() == Column.Kind.NUMBER;
                String cell = line.get(i);
                String padding = " ".repeat(widths[i] - cell.length());
                text.append(number ? padding + cell : cell + padding).append("  ");
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
    }

    private static String cellText(Cell cell) {
        return SafeText.truncate(safe(cell.text()), MAX_CELL);
    }

    private static void appendViolations(StringBuilder out, Frame frame) {
        if (frame.active().isEmpty()) {
            out.append("violations: none\n");
            return;
        }
        out.append("violations (").append(frame.active().size()).append("):\n");
        for (Violation violation : frame.active()) {
            Duration age = violation.duration(frame.observation().observedAt());
            out.append("  ").append(symbol(violation.severity())).append(' ')
                    .append(violation.severity().label()).append("  ")
                    .append(violation.invariant())
                    .append(violation.entity().isEmpty() ? "" : " " + safe(violation.entity()))
                    .append(": ").append(safe(violation.message()))
                    .append("  (for ").append(Durations.format(age)).append(")\n");
        }
    }

    private static String symbol(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "!!";
            case WARNING -> "! ";
            case INFO -> "i ";
        };
    }

    private static String safe(String text) {
        return SafeText.of(text);
    }
}
