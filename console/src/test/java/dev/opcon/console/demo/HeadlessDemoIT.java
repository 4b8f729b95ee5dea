package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code opcon demo --headless}: every fault of the chaos script is detected, then cleared after its undo. */
class HeadlessDemoIT {

    /** fault, invariant [entity], detected, bound, cleared, bound, result. */
    private static final Pattern ROW = Pattern.compile(
            "(\\S+)\\s+(\\S+)(?: (\\S+))?\\s+(-|[\\d.]+ s)\\s+([\\d.]+ s)\\s+(-|[\\d.]+ s)\\s+([\\d.]+ s)\\s+(ok|FAILED)");

    @TempDir
    Path home;

    private record Row(String invariant, String entity, String detected, String cleared, String result) {
    }

    @Test
    @Timeout(180)
    void everyFaultIsDetectedWithinItsBoundAndClearsAfterItsUndo() {
        DemoRun run = DemoRun.run(home, "demo", "--headless", "--duration", "120s");

        System.out.println(run.out());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Map<String, Row> rows = tableRows(run.out());
        assertThat(rows.keySet()).containsExactly("node-down", "over-limit", "ghost-limit", "latency", "redis-pause", "redis-stop");
        rows.forEach((fault, row) -> assertThat(row.result()).as(fault).isEqualTo("ok"));
        assertThat(rows.get("node-down")).extracting(Row::invariant, Row::entity).containsExactly("node_down", "n2");
        assertThat(seconds(rows.get("node-down").detected())).as("node_down detection at a 1 s refresh")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(rows.get("over-limit")).extracting(Row::invariant, Row::entity).containsExactly("over_limit", "user-50");
        assertThat(rows.get("ghost-limit")).extracting(Row::invariant, Row::entity).containsExactly("ghost_allowing", "user-03");
        assertThat(rows.get("redis-pause").invariant()).isEqualTo("redis_disconnected");
        assertThat(rows.get("redis-stop").invariant()).isEqualTo("redis_disconnected");
        assertThat(rows.get("latency")).extracting(Row::invariant, Row::entity).containsExactly("high_latency", "n3");
        assertThat(seconds(rows.get("latency").detected())).as("not before the demo's 5 s grace period")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(run.out()).contains("6 of 6 faults detected and cleared within their bounds");
    }

    private static Map<String, Row> tableRows(String out) {
        List<String> lines = out.lines().dropWhile(line -> !line.startsWith("fault ")).skip(1)
                .takeWhile(line -> !line.contains("faults detected and cleared")).toList();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line.strip());
            assertThat(row.matches()).as("table row: " + line).isTrue();
            rows.put(row.group(1), new Row(row.group(2), row.group(3) == null ? "" : row.group(3), row.group(4),
                    row.group(6), row.group(8)));
        }
        return rows;
    }

    private static Duration seconds(String cell) {
        return Duration.ofMillis(Math.round(Double.parseDouble(cell.replace(" s", "")) * 1000));
    }
}
