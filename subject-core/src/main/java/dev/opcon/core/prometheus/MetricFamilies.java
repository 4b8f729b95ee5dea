package dev.opcon.core.prometheus;

import java.util.List;
import java.util.Optional;

/** Everything one {@code /metrics} page held, families in page order. */
public record MetricFamilies(List<MetricFamily> families) {

    public MetricFamilies {
        families = List.copyOf(families);
    }

    public Optional<MetricFamily> family(String name) {
        return families.stream().filter(family -> family.name().equals(name)).findFirst();
    }

    /** The samples with this exact name, e.g. {@code tikv_grpc_msg_duration_seconds_count}, in page order. */
    public List<Sample> samples(String sampleName) {
        return families.stream()
                .flatMap(family -> family.samples().stream())
                .filter(sample -> sample.name().equals(sampleName))
                .toList();
    }
}
