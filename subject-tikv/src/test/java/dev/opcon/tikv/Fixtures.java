package dev.opcon.tikv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opcon.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The PD fixtures of {@code shared/fixtures/pd} (copied to test resources) and variations of them. */
public final class Fixtures {

    public static final String HEALTHY_STORES = "reconstructed_stores_v8.5_healthy_3.json";
    public static final String MIXED_STORES = "reconstructed_stores_v8.5_mixed_states.json";

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/pd/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public static JsonNode json(String name) {
        return parse(text(name));
    }

    public static JsonNode parse(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public static String write(JsonNode node) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** The healthy three-store cluster with one store changed: {@code change} gets its "store" and "status". */
    public static String healthyStoresWith(long storeId, StoreChange change) {
        return storesWith(HEALTHY_STORES, storeId, change);
    }

    public static String storesWith(String fixture, long storeId, StoreChange change) {
        ObjectNode root = (ObjectNode) json(fixture);
        for (JsonNode entry : root.path("stores")) {
            if (entry.path("store").path("id").asLong() == storeId) {
                change.apply((ObjectNode) entry.path("store"), (ObjectNode) entry.path("status"));
                return write(root);
            }
        }
        throw new IllegalArgumentException("no store " + storeId + " in " + fixture);
    }

    /** Adds a store to a stores answer. */
    public static String withExtraStore(String storesJson, Consumer<ObjectNode> store, Consumer<ObjectNode> status) {
        ObjectNode root = (ObjectNode) parse(storesJson);
        ObjectNode entry = ((ArrayNode) root.path("stores")).addObject();
        store.accept(entry.putObject("store"));
        status.accept(entry.putObject("status"));
        root.put("count", root.path("stores").size());
        return write(root);
    }

    /** A {@code /regions/check/...} answer with {@code count} regions, ids from 1000, in PD 8's compact form. */
    public static String regionCheck(int count) {
        StringBuilder body = new StringBuilder("{\"count\":").append(count).append(",\"regions\":[");
        for (int index = 0; index < count; index++) {
            long id = 1000 + index;
            body.append(index == 0 ? "" : ",").append("{\"id\":").append(id)
                    .append(",\"start_key\":\"\",\"end_key\":\"\",\"peers\":[{\"role_name\":\"Voter\",\"id\":")
                    .append(id + 1).append(",\"store_id\":1}],\"leader\":{\"role_name\":\"Voter\",\"id\":")
                    .append(id + 1).append(",\"store_id\":1},\"approximate_size\":96}");
        }
        return body.append("]}").toString();
    }

    @FunctionalInterface
    public interface StoreChange {
        void apply(ObjectNode store, ObjectNode status);
    }
}
