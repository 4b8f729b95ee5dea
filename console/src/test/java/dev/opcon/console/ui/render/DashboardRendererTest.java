package dev.opcon.console.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.fake.FakeCluster;
import dev.opcon.console.ui.layout.LayoutMode;
import dev.opcon.console.ui.render.ViolationTables;
import dev.opcon.console.ui.view.DashboardView;
import dev.opcon.console.ui.view.Overlay;
import dev.opcon.core.model.Frame;
import dev.opcon.themes.ThemeRegistry;
import dev.opcon.themes.model.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardRendererTest {

    private static final ScreenChrome CHROME = new ScreenChrome(Optional.empty(),
            List.of(new KeyHint("?", "help"), new KeyHint("q", "quit")),
            List.of(new KeyHint("?", "this help"), new KeyHint("q", "quit")), List.of("theme file x.json: field \"roles\": bad"),
            false, "default");

    private Canvas canvas;
    private DashboardRenderer.Result result;

    private String draw(Frame frame, DashboardView view, int width, int height, RenderContext context) {
        canvas = new Canvas(width, height, context.glyphs().ellipsis());
        result = DashboardRenderer.render(canvas, Frames.header(), Optional.of(frame), view, CHROME, context);
        return canvas.toText();
    }

    private String draw(Frame frame, DashboardView view, int width, int height) {
        return draw(frame, view, width, height, Frames.context());
    }

    @Test
    void theFullLayoutShowsEveryPanelAndTheViolationWithItsSymbol() {
        FakeCluster cluster = FakeCluster.threeNodes();
        cluster.stopNode("node-2");

        String screen = draw(Frames.of(cluster, 2), new DashboardView(), 100, 30);

        assertThat(result.layout().mode()).isEqualTo(LayoutMode.FULL);
        assertThat(screen).isEqualTo("""
                 opcon fake @ prod · every 1s · refreshed 10:15:30 in 0ms                             ✖ 1  10:15:32
                 http://fake-management:8080 · redis://:***@fake-redis:6379
                ┌[Nodes 3] 3 known ────────────────────────────────────────────────────────────────────────────────┐
                │id     address       state health       p99 allowed/s blocked/s                                   │
                │node-1 10.0.0.1:8080 up    healthy   5.5 ms       120       0.0                                   │
                │node-2 10.0.0.2:8080 down  no answer 6.5 ms         0       0.0                                   │
                │node-3 10.0.0.3:8080 up    healthy   7.5 ms       360      12.5                                   │
                └──────────────────────────────────────────────────────────────────────────────────────────────────┘
                ┌ Redis ─────────────────────────────────────────┐┌ Rates ─────────────────────────────────────────┐
                │connected   yes                                 ││allowed/s 480/s ██                              │
                │PING        0.4 ms                              ││blocked/s  12/s ▂▃█                             │
                │keys        3                                   ││p99        7 ms ▆▇█                             │
                │used memory 1.2 MB                              ││                                                │
                │ops/s       360                                 ││                                                │
                └────────────────────────────────────────────────┘└────────────────────────────────────────────────┘
                ┌ Keys 3 ──────────────────────────────────────────────────────────────────────────────────────────┐
                │key        count/limit                                     remaining window                       │
                │user:alice ██████████████████░░░░░░░░░░░░░░░░░░░░░░ 45/100        55    60s                       │
                │user:bob   ████████████████████████████████████████ 99/100         1    60s                       │
                │api:search ██████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 12/50        38    10s                       │
                └──────────────────────────────────────────────────────────────────────────────────────────────────┘
                ┌ Violations 1  1 critical ────────────────────────────────────────────────────────────────────────┐
                │severity invariant  entity   message                          age                                 │
                │✖ crit   node_down  node-2   node-2 does not answer /health    2s                                 │
                │                                                                                                  │
                │                                                                                                  │
                │                                                                                                  │
                │                                                                                                  │
                └──────────────────────────────────────────────────────────────────────────────────────────────────┘
                 ? help  q quit
                """);
        assertThat(canvas.role(1, 23)).isEqualTo(Role.CRITICAL);
        assertThat(result.pageRows()).containsEntry("nodes", 3).containsEntry("violations", 5);
    }

    @Test
    void wideScreensPutEachTableBesideASmallerPanel() {
        String screen = draw(Frames.of(FakeCluster.threeNodes(), 1), new DashboardView(), 160, 48);

        assertThat(screen.lines().filter(line -> line.contains("Nodes 3") && line.contains("Redis")).count()).isOne();
        assertThat(screen.lines().filter(line -> line.contains("Keys 3") && line.contains("Rates")).count()).isOne();
    }

    @Test
    void aFailingSourceSaysSoInItsOwnPanelWhileTheOthersShowTheirData() {
        FakeCluster cluster = FakeCluster.threeNodes();
        Frame first = Frames.of(cluster, 1);
        cluster.setRedisUp(false);

        String screen = draw(Frames.of(cluster, 1), new DashboardView(), 100, 30);

        assertThat(screen).contains("│⊘ redis: error: Redis refused the connection")
                .contains("node-3 10.0.0.3:8080 up");
        assertThat(first.observation().sources()).allMatch(status -> status.isOk());
    }

    @Test
    void belowEightyByTwentyFourOnePanelAtATimeWithTabsAndAViolationSummary() {
        FakeCluster cluster = FakeCluster.threeNodes();
        cluster.stopNode("node-2");
        DashboardView view = new DashboardView();
        view.focus("keys");

        String screen = draw(Frames.of(cluster, 1), view, 60, 20);

        assertThat(result.layout().mode()).isEqualTo(LayoutMode.COMPACT);
        assertThat(screen.lines().toList().get(1)).isEqualTo(" Nodes   Redis   Keys   Rates   Violations 1");
        assertThat(screen).contains("[Keys 3]").doesNotContain("node-1");
        assertThat(screen.lines().toList().get(18)).isEqualTo(" ✖ node_down node-2: node-2 does not answer /health");
    }

    @Test
    void belowFortyByTwelveOneLineAsksForALargerTerminal() {
        String screen = draw(Frames.of(FakeCluster.threeNodes(), 1), new DashboardView(), 30, 10);

        assertThat(screen.strip()).isEqualTo("Too small: 30x10, need 40x12");
    }

    @Test
    void theMonoThemeDrawsWithAsciiOnly() {
        FakeCluster cluster = FakeCluster.threeNodes();
        cluster.stopNode("node-2");
        RenderContext mono = Frames.context(ThemeRegistry.bundled().find("mono").orElseThrow());

        String screen = draw(Frames.of(cluster, 1), new DashboardView(), 100, 30, mono);

        assertThat(screen).contains("+[Nodes 3] 3 known ---", "|node-1", "!! crit  node_down", "#####...")
                .matches(text -> text.chars().allMatch(character -> character < 0x7F));
    }

    @Test
    void theHelpOverlayListsTheKeysAndTheWarnings() {
        DashboardView view = new DashboardView();
        view.open(new Overlay.Help());

        String screen = draw(Frames.of(FakeCluster.threeNodes(), 1), view, 100, 30);

        assertThat(screen).contains("[Keys]", "this help", "Warnings", "theme file x.json: field \"roles\": bad");
    }

    @Test
    void aDetailOverlayShowsTheRowsDetailsLive() {
        FakeCluster cluster = FakeCluster.threeNodes();
        Frame frame = Frames.of(cluster, 1);
        var nodes = (dev.opcon.core.model.TablePanel) frame.observation().panels().get(0);
        DashboardView view = new DashboardView();
        view.open(new Overlay.Detail("nodes", "Nodes", nodes.rows().get(1)));

        String screen = draw(frame, view, 100, 30);

        assertThat(screen).contains("Nodes · node-2", "health", "p99 check latency", "registered at");
        assertThat(ViolationTables.ACTIVE_ID).isEqualTo("violations");
    }
}
