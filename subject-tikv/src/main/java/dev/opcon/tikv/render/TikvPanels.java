package dev.opcon.tikv.render;

import dev.opcon.core.model.Panel;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.RatePoint;
import dev.opcon.tikv.model.Thresholds;
import java.util.List;

/** Every panel of the TiKV subject, in the order the console shows them. Pure. */
public final class TikvPanels {

    private TikvPanels() {
    }

    /** @param rateHistory the cluster totals of the last refreshes, oldest first, this one's last */
    public static List<Panel> panels(ClusterSnapshot snapshot, List<RatePoint> rateHistory, Thresholds thresholds) {
        return List.of(
                StoresPanel.render(snapshot, thresholds),
                DistributionPanel.render(snapshot, thresholds),
                RegionHealthPanel.render(snapshot, thresholds),
                HotRegionsPanel.render(snapshot),
                PdMembersPanel.render(snapshot),
                RatesPanel.render(snapshot),
                RateHistoryPanel.render(rateHistory, snapshot.prometheusConfigured(), thresholds),
                ClusterPanel.render(snapshot));
    }
}
