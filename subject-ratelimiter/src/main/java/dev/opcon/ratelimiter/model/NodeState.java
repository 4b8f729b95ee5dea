package dev.opcon.ratelimiter.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a node works, as far as the console can tell. */
public enum NodeState {
    UP("Up"), DOWN("Down");

    private final String label;

    NodeState(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
