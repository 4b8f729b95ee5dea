package dev.opcon.ratelimiter.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.ratelimiter.model.NodeHealth;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthAnswersTest {

    private static final URI HEALTH = URI.create("http://127.0.0.1:4567/health");

    @Test
    void aHealthyAnswer() {
        NodeHealth health = read(200, "{\"status\":\"healthy\",\"node_id\":\"n1\",\"redis\":\"ok\"}");

        assertThat(health.healthy()).isTrue();
        assertThat(health.reportedNodeId()).contains("n1");
        assertThat(health.redisReachable()).contains(true);
        assertThat(health.error()).isEmpty();
    }

    @Test
    void theSeedServicesAnswerWithoutRedisField() {
        NodeHealth health = read(200, "{\"status\":\"healthy\",\"node_id\":\"seed-1\"}");

        assertThat(health.healthy()).isTrue();
        assertThat(health.redisReachable()).isEmpty();
    }

    @Test
    void a503ThatSaysWhyIsAReadingNotAFailure() {
        NodeHealth health = read(503, "{\"status\":\"unhealthy\",\"node_id\":\"n1\",\"redis\":\"unreachable\","
                + "\"error\":\"Redis at redis://127.0.0.1:6379 is unreachable (PING)\"}");

        assertThat(health.healthy()).isFalse();
        assertThat(health.redisReachable()).isEqualTo(Optional.of(false));
        assertThat(health.error()).get().asString().contains("unreachable");
        assertThat(health.httpStatus()).isEqualTo(503);
    }

    @Test
    void a500WithoutAHealthReportIsAFailureNamingTheUrlAndStatus() {
        assertThatThrownBy(() -> read(500, "boom"))
                .isInstanceOfSatisfying(OpconException.class, failure -> {
                    assertThat(failure.category()).isEqualTo(OpconException.Category.SOURCE_UNAVAILABLE);
                    assertThat(failure.getMessage()).isEqualTo("http://127.0.0.1:4567/health answered 500");
                });
    }

    @Test
    void malformedJsonAndNonReportsAreNonsense() {
        assertThatThrownBy(() -> read(200, "{\"status\":"))
                .isInstanceOfSatisfying(OpconException.class, failure -> {
                    assertThat(failure.category()).isEqualTo(OpconException.Category.SOURCE_NONSENSE);
                    assertThat(failure.getMessage()).startsWith("http://127.0.0.1:4567/health: malformed JSON (");
                });
        assertThatThrownBy(() -> read(200, "[1,2]")).hasMessageContaining("not a health report");
        assertThatThrownBy(() -> read(404, "{\"error\":\"no route\"}"))
                .hasMessage("http://127.0.0.1:4567/health answered 404: no route (is this a rate limiter node?)");
    }

    @Test
    void theNodesOwnWordsAreMadeSafe() {
        NodeHealth health = read(503, "{\"status\":\"unhealthy\",\"node_id\":\"n\\u001b[2J\",\"redis\":\"unreachable\","
                + "\"error\":\"bad\\u0007\"}");

        assertThat(health.reportedNodeId()).contains("n\\e[2J");
        assertThat(health.error()).contains("bad\\a");
    }

    private static NodeHealth read(int status, String body) {
        return HealthAnswers.read(new JsonHttp.Answer(HEALTH, status, body));
    }
}
