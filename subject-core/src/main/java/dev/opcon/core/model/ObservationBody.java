package dev.opcon.core.model;

import java.util.List;
import java.util.Objects;

/** What a subject makes of one refresh's source results: its data and its panels. */
public record ObservationBody(Object data, List<Panel> panels) {

    public ObservationBody {
        Objects.requireNonNull(data, "data");
        panels = List.copyOf(panels);
    }
}
