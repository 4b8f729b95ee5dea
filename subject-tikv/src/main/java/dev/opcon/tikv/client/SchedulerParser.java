package dev.opcon.tikv.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.text.SafeText;
import dev.opcon.tikv.model.Schedulers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /schedulers} and the evict-leader scheduler's store list. */
public final class SchedulerParser {

    /** PD before 4.0 ran one evict-leader scheduler per store, named after it. */
    private static final Pattern PER_STORE = Pattern.compile("evict-leader-scheduler-([0-9]+)");

    private SchedulerParser() {
    }

    public static List<String> names(JsonNode root) {
        if (!root.isArray()) {
            throw OpconException.nonsense("PD answered " + StoreParser.describe(root)
                    + " instead of a list of scheduler names", null);
        }
        List<String> names = new ArrayList<>();
        root.forEach(name -> names.add(SafeText.of(name.asText())));
        return names;
    }

    static Set<Long> storesInNames(List<String> names) {
        Set<Long> stores = new HashSet<>();
        for (String name : names) {
            Matcher matcher = PER_STORE.matcher(name);
            if (matcher.matches()) {
                stores.add(Long.parseUnsignedLong(matcher.group(1)));
            }
        }
        return stores;
    }

    /** {@code {"store-id-ranges": {"4": [...]}, "batch": 3}}: the keys are the store ids. */
    public static Set<Long> evictLeaderStores(JsonNode root) {
        Set<Long> stores = new HashSet<>();
        Iterator<String> ids = root.path("store-id-ranges").fieldNames();
        while (ids.hasNext()) {
            String id = ids.next();
            try {
                stores.add(Long.parseUnsignedLong(id.trim()));
            } catch (NumberFormatException notAnId) {
                throw OpconException.nonsense("PD's evict-leader scheduler names a store '" + SafeText.of(id)
                        + "', which is not a store id", notAnId);
            }
        }
        return stores;
    }

    public static Schedulers schedulers(List<String> names, Set<Long> evictLeaderStores, boolean configKnown) {
        Set<Long> stores = new HashSet<>(evictLeaderStores);
        stores.addAll(storesInNames(names));
        return new Schedulers(names, stores, configKnown || !stores.isEmpty());
    }
}
