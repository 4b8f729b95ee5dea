package dev.opcon.tikv.client;

import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.model.Schedulers;

/**
 * The admin calls behind the subject's actions. Fire-and-forget, as in the seed system: PD accepts
 * the operator or scheduler and carries it out on its own; the answer is PD's one-line message.
 * Nothing here runs during an observation.
 */
public final class PdOperations {

    private final PdApi pd;

    public PdOperations(PdApi pd) {
        this.pd = pd;
    }

    /** {@code POST /operators {"name":"transfer-leader","region_id":R,"to_store_id":S}}. */
    public String transferLeader(long regionId, long toStoreId) {
        String body = "{\"name\":\"transfer-leader\",\"region_id\":" + Long.toUnsignedString(regionId)
                + ",\"to_store_id\":" + Long.toUnsignedString(toStoreId) + "}";
        return pd.client().send("POST", "/operators", body);
    }

    /** {@code POST /schedulers {"name":"evict-leader-scheduler","store_id":S}}; adds the store to a running one. */
    public String addEvictLeader(long storeId) {
        requireStore(storeId);
        String body = "{\"name\":\"" + Schedulers.EVICT_LEADER + "\",\"store_id\":" + Long.toUnsignedString(storeId) + "}";
        return pd.client().send("POST", "/schedulers", body);
    }

    /** {@code DELETE /schedulers/evict-leader-scheduler-S}: stops evicting that store's leaders. */
    public String removeEvictLeader(long storeId) {
        return pd.client().send("DELETE", "/schedulers/" + Schedulers.EVICT_LEADER + "-" + Long.toUnsignedString(storeId), null);
    }

    /** A mistyped store id fails here with a clear message, whatever the PD version would make of it. */
    private void requireStore(long storeId) {
        if (pd.store(storeId).isEmpty()) {
            throw OpconException.configuration("PD knows no store " + Long.toUnsignedString(storeId)
                    + ": pick one of the store ids shown in the stores panel");
        }
    }
}
