package dev.opcon.core.spi;

import dev.opcon.core.model.SourceStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sources of one refresh returned: for each source its status and, when it succeeded,
 * its value. Values of failed sources are absent: a subject shows the failure, never old data as
 * if it were new.
 */
public final class SourceResults {

    private final Map<String, SourceStatus> statuses = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    public static SourceResults empty() {
        return new SourceResults();
    }

    public SourceResults with(SourceStatus status, Object value) {
        SourceResults copy = copy();
        copy.statuses.put(status.name(), status);
        if (value != null) {
            copy.values.put(status.name(), value);
        }
        return copy;
    }

    public SourceResults merge(SourceResults other) {
        SourceResults copy = copy();
        copy.statuses.putAll(other.statuses);
        copy.values.putAll(other.values);
        return copy;
    }

    public <T> Optional<T> value(String sourceName, Class<T> type) {
        return Optional.ofNullable(values.get(sourceName)).filter(type::isInstance).map(type::cast);
    }

    public Optional<SourceStatus> status(String sourceName) {
        return Optional.ofNullable(statuses.get(sourceName));
    }

    public List<SourceStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    private SourceResults copy() {
        SourceResults copy = new SourceResults();
        copy.statuses.putAll(statuses);
        copy.values.putAll(values);
        return copy;
    }
}
