package dev.opcon.tikv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.spi.ActionSpec;
import dev.opcon.core.spi.Subject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The actions send exactly PD's admin bodies, and only when performed. */
class TikvActionsIT {

    private static PdStub pd;

    @BeforeAll
    static void start() {
        pd = PdStub.start();
    }

    @AfterAll
    static void stop() {
        pd.close();
    }

    @BeforeEach
    void healthy() {
        pd.healthyCluster();
        pd.json("/store/4", Fixtures.text("reconstructed_store_v8.5_by_id_1.json").replace("\"id\": 1,", "\"id\": 4,"));
        pd.answer("/store/42", 404, "\"[PD:core:ErrStoreNotFound]store 42 not found\"");
        respond(post(urlPathEqualTo("/pd/api/v1/operators")), 200, "response_operator_created.json");
        respond(post(urlPathEqualTo("/pd/api/v1/schedulers")), 200, "response_scheduler_created.json");
        respond(delete(urlPathEqualTo("/pd/api/v1/schedulers/evict-leader-scheduler-4")), 200,
                "response_scheduler_removed.json");
    }

    private static void respond(com.github.tomakehurst.wiremock.client.MappingBuilder request, int status, String fixture) {
        pd.server().stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(Fixtures.text(fixture))));
    }

    @Test
    void subjectDeclaresItsActions() {
        try (Observer observer = Observer.of(pd.baseUrl())) {
            assertThat(observer.subject().actions()).extracting(ActionSpec::name)
                    .containsExactly("transfer-leader", "add-evict-leader", "remove-evict-leader");
        }
    }

    @Test
    void transferLeaderPostsAnOperator() {
        try (Observer observer = Observer.of(pd.baseUrl())) {
            String answer = observer.subject().perform("transfer-leader", Map.of("region-id", "1001", "to-store-id", "5"));

            assertThat(answer).isEqualTo("The operator is created.");
            pd.server().verify(postRequestedFor(urlPathEqualTo("/pd/api/v1/operators"))
                    .withRequestBody(equalToJson(Fixtures.text("request_operator_transfer_leader.json"))));
        }
    }

    @Test
    void evictLeaderIsAddedAndRemoved() {
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Subject subject = observer.subject();

            assertThat(subject.perform("add-evict-leader", Map.of("store-id", "4"))).isEqualTo("The scheduler is created.");
            assertThat(subject.perform("remove-evict-leader", Map.of("store-id", "4"))).isEqualTo("The scheduler is removed.");
            pd.server().verify(postRequestedFor(urlPathEqualTo("/pd/api/v1/schedulers"))
                    .withRequestBody(equalToJson(Fixtures.text("request_scheduler_evict_leader.json"))));
            pd.server().verify(deleteRequestedFor(urlPathEqualTo("/pd/api/v1/schedulers/evict-leader-scheduler-4")));
        }
    }

    @Test
    void pdRefusalCarriesPdMessage() {
        respond(post(urlPathEqualTo("/pd/api/v1/operators")), 500, "error_operator_no_voter_500.json");
        try (Observer observer = Observer.of(pd.baseUrl())) {
            assertThatThrownBy(() -> observer.subject().perform("transfer-leader",
                    Map.of("region-id", "1001", "to-store-id", "7")))
                    .isInstanceOf(OpconException.class)
                    .hasMessageContaining("region has no voter in store 7");
        }
    }

    @Test
    void unknownStoreAndBadArgumentsAreRefusedBeforeAnyWrite() {
        try (Observer observer = Observer.of(pd.baseUrl())) {
            Subject subject = observer.subject();

            assertThatThrownBy(() -> subject.perform("add-evict-leader", Map.of("store-id", "42")))
                    .isInstanceOf(OpconException.class).hasMessageContaining("no store 42")
                    .extracting(failure -> ((OpconException) failure).category())
                    .isEqualTo(OpconException.Category.CONFIGURATION);
            assertThatThrownBy(() -> subject.perform("transfer-leader", Map.of("region-id", "x", "to-store-id", "5")))
                    .hasMessageContaining("region-id");
            assertThatThrownBy(() -> subject.perform("reboot-cluster", Map.of()))
                    .hasMessageContaining("transfer-leader");
            assertThat(pd.nonGetRequests()).isEmpty();
        }
    }
}
