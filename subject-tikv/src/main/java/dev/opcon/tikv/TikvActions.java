package dev.opcon.tikv;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.ActionSpec;
import dev.opcon.core.spi.OptionSpec;
import dev.opcon.core.text.SafeText;
import dev.opcon.tikv.client.PdOperations;
import java.util.List;
import java.util.Map;

/** The operator actions of the subject: only these ever send anything but a GET to PD. */
final class TikvActions {

    static final String TRANSFER_LEADER = "transfer-leader";
    static final String ADD_EVICT_LEADER = "add-evict-leader";
    static final String REMOVE_EVICT_LEADER = "remove-evict-leader";

    static final List<ActionSpec> SPECS = List.of(
            new ActionSpec(TRANSFER_LEADER, "move a region's leader to another store that holds a voter of it",
                    List.of(OptionSpec.required("region-id", "the region whose leader moves", null),
                            OptionSpec.required("to-store-id", "the store that takes the leader", null))),
            new ActionSpec(ADD_EVICT_LEADER, "add an evict-leader scheduler: PD moves every leader off the store",
                    List.of(OptionSpec.required("store-id", "the store to empty of leaders", null))),
            new ActionSpec(REMOVE_EVICT_LEADER, "remove the store's evict-leader scheduler: leaders may come back",
                    List.of(OptionSpec.required("store-id", "the store to give leaders again", null))));

    private final PdOperations operations;

    TikvActions(PdOperations operations) {
        this.operations = operations;
    }

    String perform(String action, Map<String, String> arguments) {
        return switch (action) {
            case TRANSFER_LEADER -> operations.transferLeader(id(arguments, "region-id"), id(arguments, "to-store-id"));
            case ADD_EVICT_LEADER -> operations.addEvictLeader(id(arguments, "store-id"));
            case REMOVE_EVICT_LEADER -> operations.removeEvictLeader(id(arguments, "store-id"));
            default -> throw OpconException.configuration("the tikv subject offers no action '" + SafeText.of(action)
                    + "'; its actions are " + TRANSFER_LEADER + ", " + ADD_EVICT_LEADER + ", " + REMOVE_EVICT_LEADER);
        };
    }

    private static long id(Map<String, String> arguments, String name) {
        String text = arguments.get(name);
        if (text == null || text.isBlank()) {
            throw OpconException.configuration("missing argument " + name);
        }
        try {
            long id = Long.parseUnsignedLong(text.trim());
            if (id == 0) {
                throw new NumberFormatException("0 is no id");
            }
            return id;
        } catch (NumberFormatException notAnId) {
            throw OpconException.configuration("argument " + name + ": '" + SafeText.of(text)
                    + "' is not an id (a positive whole number)");
        }
    }
}
