package dev.opcon.console.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.console.ui.DemoHooks;
import dev.opcon.core.error.OpconException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChaosAndToursTest {

    private final FakeFault nodeDown = new FakeFault("node-down", "node_down");
    private final FakeFault pause = new FakeFault("redis-pause", "redis_disconnected");
    private final FakeFault overLimit = new FakeFault("over-limit", "over_limit");
    private final Chaos chaos = new Chaos(List.of(nodeDown, pause, overLimit));

    @Test
    void aToggleInjectsThenUndoes() {
        assertThat(nodeDown.toggle()).isEqualTo("broke node-down");
        assertThat(nodeDown.active()).isTrue();
        assertThat(nodeDown.toggle()).isEqualTo("fixed node-down");
        assertThat(nodeDown.active()).isFalse();
        assertThat(nodeDown.calls).containsExactly("inject", "undo");
    }

    @Test
    void aFailedInjectionIsAStatusLineAndLeavesTheFaultOut() {
        nodeDown.failNextInject = true;

        String line = nodeDown.toggle();

        assertThat(line).isEqualTo("could not break node-down: Redis said no\\e[31m");
        assertThat(nodeDown.active()).isFalse();
    }

    @Test
    void injectingTwiceOrUndoingNothingDoesNothing() {
        nodeDown.inject();
        nodeDown.inject();
        overLimit.undo();

        assertThat(nodeDown.calls).containsExactly("inject");
        assertThat(overLimit.calls).isEmpty();
    }

    @Test
    void theNodeFailureTourFollowsTheArc() {
        DemoHooks.Tour tour = Tours.named("node-failure", chaos);

        assertThat(tour.name()).isEqualTo("node-failure");
        assertThat(tour.steps()).extracting(step -> step.narration().split(":")[0])
                .containsExactly("Welcome", "Healthy", "Fault", "Detection", "Recovery", "Healthy again");
        pause.inject();
        tour.steps().forEach(DemoHooks.TourStep::enter);

        assertThat(pause.calls).as("the healthy step undoes leftovers").containsExactly("inject", "undo");
        assertThat(nodeDown.calls).containsExactly("inject", "undo");
        assertThat(nodeDown.active()).isFalse();
    }

    @Test
    void theWholeTourWelcomesOnce() {
        DemoHooks.Tour tour = Tours.named("all", chaos);

        assertThat(tour.steps()).filteredOn(step -> step.narration().startsWith("Welcome")).hasSize(1);
        assertThat(tour.steps()).hasSize(16);
    }

    @Test
    void anUnknownTourListsTheTours() {
        assertThatThrownBy(() -> Tours.named("volcano", chaos))
                .isInstanceOf(OpconException.class)
                .hasMessage("unknown tour 'volcano'; tours: node-failure, redis-outage, over-limit, all");
    }

    @Test
    void hooksOfferEveryFaultAndTheTourAsked() {
        ClusterDemoHooks hooks = ClusterDemoHooks.of(chaos, Optional.of("over-limit"));

        assertThat(hooks.chaos()).extracting(DemoHooks.ChaosControl::expectedViolation)
                .containsExactly("node_down", "redis_disconnected", "over_limit");
        assertThat(hooks.tour()).map(DemoHooks.Tour::name).contains("over-limit");
        assertThat(ClusterDemoHooks.of(chaos, Optional.empty()).tour()).isEmpty();
    }

    @Test
    void theHeadlessScriptRunsEveryFaultThatHasAViolationInOrder() {
        assertThat(HeadlessScript.of(chaos, List.of())).extracting(scripted -> scripted.fault().name())
                .containsExactly("node-down", "over-limit", "redis-pause");
        assertThat(HeadlessScript.of(chaos, List.of("over-limit"))).hasSize(1);
        assertThatThrownBy(() -> HeadlessScript.of(chaos, List.of("burst")))
                .hasMessage("--faults: no fault 'burst' to script here; faults: node-down, over-limit, redis-pause");
    }
}
