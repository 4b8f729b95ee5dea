package dev.opcon.tikv.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.model.ClusterStatus;
import dev.opcon.tikv.model.HotRegion;
import dev.opcon.tikv.model.HotRegions;
import dev.opcon.tikv.model.PdMemberHealth;
import dev.opcon.tikv.model.PdMembers;
import dev.opcon.tikv.model.Region;
import dev.opcon.tikv.model.RegionHealth.ClassCount;
import dev.opcon.tikv.model.Schedulers;
import dev.opcon.tikv.model.Store;
import dev.opcon.tikv.model.StoreRates;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The PD reads the console makes, as typed values. Every call is a GET and none lists every region:
 * watching a cluster of a million regions costs the same as watching one of a thousand.
 */
public final class PdApi {

    /** Reading a region check stops here when PD does not say the count first. */
    public static final long REGION_CHECK_CAP = 10_000;
    public static final int REGION_SAMPLES = 5;
    public static final int HOT_REGIONS_PER_KIND = 10;

    private final PdClient client;
    private final RegionCheckReader regionCheckReader = new RegionCheckReader(REGION_CHECK_CAP, REGION_SAMPLES);

    public PdApi(PdClient client) {
        this.client = client;
    }

    public PdClient client() {
        return client;
    }

    /** Up, Offline, Disconnected and Down stores; PD leaves tombstones out by default. */
    public List<Store> stores() {
        return StoreParser.stores(client.getJson("/stores"));
    }

    public Optional<Store> store(long storeId) {
        return client.getJsonUnlessNotFound("/store/" + Long.toUnsignedString(storeId))
                .filter(node -> node.isObject() && node.path("store").isObject())
                .map(StoreParser::store);
    }

    public PdMembers members() {
        return MemberParser.members(client.getJson("/members"));
    }

    public List<PdMemberHealth> health() {
        return MemberParser.health(client.getJson("/health"));
    }

    public ClusterStatus clusterStatus() {
        return MemberParser.clusterStatus(client.getJson("/cluster/status"));
    }

    /** {@code /regions/count}: PD counts in memory and answers {@code {"count": n}}. */
    public OptionalLong regionCount() {
        JsonNode root = client.getJson("/regions/count");
        return root.has("count") ? OptionalLong.of(JsonFields.unsignedLong(root, "count")) : OptionalLong.empty();
    }

    /** Counts one class of {@code /regions/check/...} (miss-peer, down-peer, pending-peer, ...) by streaming. */
    public ClassCount regionCheck(String checkName) {
        return client.getStreamed("/regions/check/" + checkName, regionCheckReader::read);
    }

    /**
     * One region. PD answers a missing one with {@code null}, an object with id 0, or a 404, by version.
     *
     * @throws OpconException (SOURCE_NONSENSE) naming the region when PD does not know it
     */
    public Region region(long regionId) {
        String id = Long.toUnsignedString(regionId);
        Optional<JsonNode> answer = client.getJsonUnlessNotFound("/region/id/" + id);
        String shape = answer.map(node -> node.isNull() ? "null" : "an empty region (id 0)").orElse("404");
        return answer.flatMap(RegionParser::region).orElseThrow(() -> OpconException.nonsense("region " + id
                + " not found: PD answered " + shape + " (it may have merged or split since PD listed it)", null));
    }

    public HotRegions hotRegions() {
        List<HotRegion> write = HotspotParser.hotRegions(HotRegion.Kind.WRITE,
                client.getJson("/hotspot/regions/write"), HOT_REGIONS_PER_KIND);
        List<HotRegion> read = HotspotParser.hotRegions(HotRegion.Kind.READ,
                client.getJson("/hotspot/regions/read"), HOT_REGIONS_PER_KIND);
        return new HotRegions(write, read);
    }

    public StoreRates storeRates() {
        return HotspotParser.storeRates(client.getJson("/hotspot/stores"));
    }

    /** The schedulers, and, when an evict-leader scheduler runs, the stores it empties of leaders. */
    public Schedulers schedulers() {
        List<String> names = SchedulerParser.names(client.getJson("/schedulers"));
        if (!names.contains(Schedulers.EVICT_LEADER)) {
            return SchedulerParser.schedulers(names, Set.of(), true);
        }
        try {
            JsonNode config = client.getJson("/scheduler-config/" + Schedulers.EVICT_LEADER + "/list");
            return SchedulerParser.schedulers(names, SchedulerParser.evictLeaderStores(config), true);
        } catch (OpconException unknownConfig) {
            // Without its store list the scheduler may explain any store's missing leaders.
            return SchedulerParser.schedulers(names, Set.of(), false);
        }
    }
}
