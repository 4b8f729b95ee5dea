package dev.opcon.console.ui.render;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.core.model.Violation;
import dev.opcon.core.spi.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Violations as tables, so that they sort, filter, scroll and open like any panel: the live list
 * (newest first, as the violation log orders it) and the history of resolved ones.
 */
public final class ViolationTables {

    public static final String ACTIVE_ID = "violations";
    public static final String HISTORY_ID = "history";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ViolationTables() {
    }

    public static TablePanel active(List<Violation> active, RenderContext context) {
        List<Column> columns = List.of(Column.text("severity", 6, 0), Column.text("invariant", 10, 0),
                Column.text("entity", 8, 1), Column.text("message", 12, 2), Column.number("age", 5, 0));
        List<Row> rows = new ArrayList<>();
        for (Violation violation : active) {
            Duration age = violation.duration(context.now());
            rows.add(new Row(key(violation), List.of(severityCell(violation.severity(), context),
                    Cell.text(violation.invariant(), Tone.of(violation.severity())), entityCell(violation),
                    Cell.text(violation.message()), Cell.number(Durations.format(age), age.toMillis())),
                    details(violation, context)));
        }
        return new TablePanel(ACTIVE_ID, "Violations", List.of(), summary(active, context), columns, rows);
    }

    public static TablePanel history(List<Violation> resolved, RenderContext context) {
        List<Column> columns = List.of(Column.text("severity", 6, 0), Column.text("invariant", 10, 0),
                Column.text("entity", 8, 1), Column.text("message", 12, 3), Column.number("lasted", 6, 2),
                Column.number("resolved", 8, 0));
        List<Row> rows = new ArrayList<>();
        for (Violation violation : resolved) {
            Instant resolvedAt = violation.resolved().orElse(context.now());
            Duration lasted = violation.duration(context.now());
            Duration since = Duration.between(resolvedAt, context.now());
            rows.add(new Row(key(violation) + "@" + resolvedAt.toEpochMilli(), List.of(
                    severityCell(violation.severity(), context), Cell.text(violation.invariant()),
                    entityCell(violation), Cell.text(violation.message()),
                    Cell.number(Durations.format(lasted), lasted.toMillis()),
                    Cell.number(Durations.format(since) + " ago", -since.toMillis())), details(violation, context)));
        }
        return new TablePanel(HISTORY_ID, "Resolved violations", List.of(), resolved.size() + " resolved", columns, rows);
    }

    private static String key(Violation violation) {
        return violation.invariant() + " " + violation.entity();
    }

    private static Cell severityCell(Severity severity, RenderContext context) {
        String label = switch (severity) {
            case CRITICAL -> "crit";
            case WARNING -> "warn";
            case INFO -> "info";
        };
        return new Cell(Tones.symbol(severity, context.glyphs().symbols()) + " " + label, severity.ordinal(),
                Tone.of(severity), 0);
    }

    private static Cell entityCell(Violation violation) {
        return violation.entity().isEmpty() ? Cell.text("(cluster)", Tone.MUTED) : Cell.text(violation.entity());
    }

    private static String summary(List<Violation> active, RenderContext context) {
        if (active.isEmpty()) {
            return "";
        }
        long critical = active.stream().filter(violation -> violation.severity() == Severity.CRITICAL).count();
        long warnings = active.stream().filter(violation -> violation.severity() == Severity.WARNING).count();
        List<String> parts = new ArrayList<>();
        if (critical > 0) {
            parts.add(critical + " critical");
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return parts.isEmpty() ? active.size() + " active" : String.join(", ", parts);
    }

    private static List<Entry> details(Violation violation, RenderContext context) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("severity", Tones.label(violation.severity(), context.glyphs().symbols()),
                Tone.of(violation.severity())));
        entries.add(Entry.of("invariant", violation.invariant()));
        entries.add(Entry.of("entity", violation.entity().isEmpty() ? "(cluster-wide)" : violation.entity()));
        entries.add(Entry.of("message", violation.message()));
        entries.add(Entry.of("first seen", at(violation.firstSeen(), context)));
        entries.add(Entry.of("last seen", at(violation.lastSeen(), context)));
        violation.resolved().ifPresent(resolved -> entries.add(new Entry("resolved", at(resolved, context), Tone.OK)));
        entries.add(Entry.of(violation.active() ? "active for" : "lasted",
                Durations.format(violation.duration(context.now()))));
        return entries;
    }

    private static String at(Instant instant, RenderContext context) {
        return TIME.format(instant.atZone(context.zone())) + " (" + Durations.format(Duration.between(instant,
                context.now())) + " ago)";
    }
}
