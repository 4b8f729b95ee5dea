package dev.opcon.core.prometheus;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Label sets are kept sorted by name, so that whatever shows them shows them in the same order every time. */
final class Labels {

    private Labels() {
    }

    static Map<String, String> copyOf(Map<String, String> labels) {
        return Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
