package dev.opcon.console.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.console.ui.canvas.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardLayoutTest {

    private static final List<PanelDemand> PANELS = List.of(
            new PanelDemand("nodes", PanelDemand.Kind.TABLE, 4, 6),
            new PanelDemand("redis", PanelDemand.Kind.SMALL, 3, 7),
            new PanelDemand("keys", PanelDemand.Kind.TABLE, 4, 30),
            new PanelDemand("rates", PanelDemand.Kind.SMALL, 3, 5),
            new PanelDemand("violations", PanelDemand.Kind.VIOLATIONS, 4, 5));

    @Test
    void theModeFollowsTheSize() {
        assertThat(LayoutMode.forSize(80, 24)).isEqualTo(LayoutMode.FULL);
        assertThat(LayoutMode.forSize(79, 24)).isEqualTo(LayoutMode.COMPACT);
        assertThat(LayoutMode.forSize(160, 23)).isEqualTo(LayoutMode.COMPACT);
        assertThat(LayoutMode.forSize(40, 12)).isEqualTo(LayoutMode.COMPACT);
        assertThat(LayoutMode.forSize(39, 40)).isEqualTo(LayoutMode.TOO_SMALL);
        assertThat(LayoutMode.forSize(200, 11)).isEqualTo(LayoutMode.TOO_SMALL);
    }

    @Test
    void onAWideScreenTablesSitBesideTheSmallerPanelsAndViolationsSpanTheBottom() {
        DashboardLayout layout = DashboardLayout.of(160, 48, PANELS, "nodes");

        assertThat(layout.areaOf("nodes")).contains(new Rectangle(0, 2, 96, 7));
        assertThat(layout.areaOf("redis")).contains(new Rectangle(96, 2, 64, 7));
        assertThat(layout.areaOf("keys")).contains(new Rectangle(0, 9, 96, 30));
        assertThat(layout.areaOf("rates")).contains(new Rectangle(96, 9, 64, 30));
        assertThat(layout.areaOf("violations")).contains(new Rectangle(0, 39, 160, 8));
        assertThat(layout.footer()).isEqualTo(new Rectangle(0, 47, 160, 1));
    }

    @Test
    void onANarrowerScreenTablesStackAndSmallerPanelsPairUp() {
        DashboardLayout layout = DashboardLayout.of(100, 40, PANELS, "nodes");

        assertThat(layout.placements()).extracting(PanelPlacement::panelId)
                .containsExactly("nodes", "redis", "rates", "keys", "violations");
        assertThat(layout.areaOf("redis").orElseThrow().y()).isEqualTo(layout.areaOf("rates").orElseThrow().y());
        assertThat(layout.placements()).allMatch(placement -> placement.area().bottom() <= 39);
    }

    @Test
    void everyRowGetsItsMinimumAndTheRestIsSharedInTurn() {
        assertThat(RowHeights.allocate(new int[] {4, 3, 4}, new int[] {6, 7, 30}, 17, 2))
                .containsExactly(6, 5, 6);
        assertThat(RowHeights.allocate(new int[] {4, 3}, new int[] {5, 4}, 20, 1)).containsExactly(5, 15);
    }

    @Test
    void whenTheMinimumsDoNotFitTheCompactLayoutShowsTheFocusedPanel() {
        List<PanelDemand> many = java.util.stream.IntStream.range(0, 8)
                .mapToObj(index -> new PanelDemand("t" + index, PanelDemand.Kind.TABLE, 5, 10)).toList();

        DashboardLayout layout = DashboardLayout.of(80, 24, many, "t3");

        assertThat(layout.mode()).isEqualTo(LayoutMode.COMPACT);
        assertThat(layout.placements()).singleElement().extracting(PanelPlacement::panelId).isEqualTo("t3");
        assertThat(layout.tabs()).contains(new Rectangle(0, 1, 80, 1));
    }
}
