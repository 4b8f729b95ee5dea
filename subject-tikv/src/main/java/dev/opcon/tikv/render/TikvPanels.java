package dev.opcon.tikv.render;

import dev.opcon.core.model.Panel;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.Thresholds;
import java.util.List;

/** Every panel of the TiKV subject, in the order the console shows them. Pure. */
public final class TikvPanels {

    private TikvPanels() {
    }

    public static List<Panel> panels(ClusterSnapshot snapshot, Thresholds thresholds) {
        return List.of(
                StoresPanel.render(snapshot, thresholds),
                DistributionPanel.render(snapshot, thresholds),
                RegionHealthPanel.render(snapshot, thresholds),
                HotRegionsPanel.render(snapshot),
                PdMembersPanel.render(snapshot),
                RatesPanel.render(snapshot),
                ClusterPanel.render(snapshot));
    }
}
