package dev.opcon.tikv.client;

import java.util.Map;

/** One element of an instant vector: its labels (safe text) and its value. */
public record PrometheusSample(Map<String, String> labels, double value) {

    public PrometheusSample {
        labels = Map.copyOf(labels);
    }

    public String label(String name) {
        return labels.getOrDefault(name, "");
    }
}
