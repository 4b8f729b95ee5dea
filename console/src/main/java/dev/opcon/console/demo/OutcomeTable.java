package dev.opcon.console.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The headless demo's closing table: one row per fault, with its times against their bounds. */
final class OutcomeTable {

    private static final List<String> HEADER = List.of("fault", "violation", "detected", "bound", "cleared", "bound", "result");

    private OutcomeTable() {
    }

    static String render(List<FaultOutcome> outcomes) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (FaultOutcome outcome : outcomes) {
            rows.add(List.of(outcome.fault(), outcome.violation(), time(outcome.detected()),
                    HeadlessDemo.seconds(outcome.detectionBound()), time(outcome.cleared()),
                    HeadlessDemo.seconds(outcome.clearBound()), outcome.passed() ? "ok" : "FAILED"));
        }
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.size(); column++) {
                line.append(String.format("%-" + widths[column] + "s  ", row.get(column)));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        long passed = outcomes.stream().filter(FaultOutcome::passed).count();
        table.append(passed).append(" of ").append(outcomes.size())
                .append(" faults detected and cleared within their bounds\n");
        return table.toString();
    }

    private static String time(Optional<Duration> time) {
        return time.map(HeadlessDemo::seconds).orElse("-");
    }
}
