package dev.opcon.ratelimiter.render;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.ratelimiter.model.CounterData;
import dev.opcon.ratelimiter.model.SourceNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The busiest keys, counted by Redis itself, each as a bar of count against limit. */
public final class KeysPanelRenderer {

    private static final List<Column> COLUMNS = List.of(
            Column.text("key", 12, 0),
            Column.bar("count/limit", 12, 0),
            Column.number("remaining", 6, 1),
            Column.number("window", 6, 2));
    private static final double NEARLY_FULL = 0.8;

    /**
     * @param keysNotShown null when the keys could not be counted
     * @param countedAgoMilliseconds the age of the counter pass, null when there is none
     */
    public TablePanel render(List<CounterData> counters, Long keysNotShown, Long countedAgoMilliseconds, Instant observedAt) {
        List<Row> rows = counters.stream().map(counter -> row(counter, observedAt)).toList();
        return new TablePanel("keys", "Busiest keys", List.of(SourceNames.REDIS_COUNTERS, SourceNames.MANAGEMENT_COUNTERS),
                note(keysNotShown, countedAgoMilliseconds), COLUMNS, rows);
    }

    private static String note(Long keysNotShown, Long countedAgoMilliseconds) {
        List<String> parts = new ArrayList<>();
        if (keysNotShown != null && keysNotShown > 0) {
            parts.add(Formats.count(keysNotShown) + (keysNotShown == 1 ? " key" : " keys") + " not shown");
        }
        // A pass over a huge keyspace can be older than one refresh: say so rather than pass it off as new.
        if (countedAgoMilliseconds != null && countedAgoMilliseconds >= 5_000) {
            parts.add("counted " + Formats.duration(countedAgoMilliseconds) + " ago");
        }
        return String.join(" · ", parts);
    }

    private static Row row(CounterData counter, Instant observedAt) {
        double fraction = counter.limit() > 0 ? (double) counter.count() / counter.limit() : counter.count() > 0 ? 1.0 : 0.0;
        Tone tone = counter.limit() == 0 && counter.count() > 0 || counter.count() > counter.limit() ? Tone.CRITICAL
                : fraction >= NEARLY_FULL ? Tone.WARNING : Tone.NORMAL;
        List<Cell> cells = List.of(
                Cell.text(counter.key()),
                new Cell(counter.count() + "/" + counter.limit(), counter.utilisation(), tone, fraction),
                Cell.number(Long.toString(counter.remaining()), counter.remaining()),
                Cell.number(Formats.duration(counter.windowMilliseconds()), counter.windowMilliseconds()));
        return new Row(counter.key(), cells, details(counter, observedAt));
    }

    private static List<Entry> details(CounterData counter, Instant observedAt) {
        List<Entry> details = new ArrayList<>();
        details.add(Entry.of("key", counter.key()));
        details.add(Entry.of("count in window", Long.toString(counter.count())));
        details.add(Entry.of("limit", counter.limit() + (counter.limitOverridden() ? " (override)" : " (default)")));
        details.add(Entry.of("window", Formats.duration(counter.windowMilliseconds())));
        details.add(Entry.of("remaining", Long.toString(counter.remaining())));
        details.add(Entry.of("time to live", counter.timeToLiveMilliseconds() == null ? "none"
                : Formats.duration(counter.timeToLiveMilliseconds())));
        details.add(Entry.of("oldest entry", Formats.moment(counter.oldestEntry(), observedAt)));
        details.add(Entry.of("newest entry", Formats.moment(counter.newestEntry(), observedAt)));
        details.add(Entry.of("management API count", Formats.count(counter.apiCount())));
        details.add(Entry.of("management API remaining", Formats.count(counter.apiRemaining())));
        return details;
    }
}
