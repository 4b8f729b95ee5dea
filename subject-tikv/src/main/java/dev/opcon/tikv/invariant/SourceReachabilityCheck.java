package dev.opcon.tikv.invariant;

import dev.opcon.core.model.Finding;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.SourceStatus;
import dev.opcon.tikv.model.SourceNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code source_unreachable}: a source failed, so the console is blind to part of the cluster. A hot
 * region's detail is left out: a hot region may merge away between two reads. So is the range query
 * that fills the rates history at start: it hides nothing current, and the {@code prometheus} source
 * already reports an unreachable Prometheus.
 */
final class SourceReachabilityCheck {

    static final String SOURCE_UNREACHABLE = "source_unreachable";

    private SourceReachabilityCheck() {
    }

    static List<Finding> check(List<SourceStatus> statuses) {
        List<Finding> findings = new ArrayList<>();
        for (SourceStatus status : statuses) {
            if (status.state() == SourceStatus.State.ERROR && watched(status.name())) {
                findings.add(new Finding(SOURCE_UNREACHABLE, status.name(), Severity.WARNING,
                        status.name() + " failed: " + status.error().orElse("unknown error"), Duration.ZERO));
            }
        }
        return findings;
    }

    private static boolean watched(String source) {
        return !source.startsWith(SourceNames.REGION_DETAIL_PREFIX) && !source.equals(SourceNames.PROMETHEUS_HISTORY);
    }
}
