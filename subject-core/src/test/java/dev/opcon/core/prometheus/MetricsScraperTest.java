package dev.opcon.core.prometheus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.opcon.core.error.OpconException;
import dev.opcon.core.error.OpconException.Category;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsScraperTest {

    private final WireMockServer node = new WireMockServer(options().dynamicPort());
    // Generous: WireMock's first answer in a fresh JVM can take a second.
    private final MetricsScraper scraper = new MetricsScraper(Duration.ofSeconds(5));

    @BeforeEach
    void start() {
        node.start();
    }

    @AfterEach
    void stop() {
        node.stop();
    }

    @Test
    void scrapesAndParsesAPageAskingForTheTextFormat() {
        serve(aResponse().withHeader("Content-Type", "text/plain; version=0.0.4")
                .withBody(Fixtures.read("ratelimiter_metrics.txt")));

        MetricFamilies page = scraper.scrape(metricsUrl());

        assertThat(page.samples("ratelimiter_node_up")).extracting(Sample::value).containsExactly(1.0);
        node.verify(getRequestedFor(urlPathEqualTo("/metrics")).withHeader("Accept", containing("version=0.0.4")));
    }

    @Test
    void aMalformedPageIsNonsenseNamingTheUrlAndLine() {
        serve(aResponse().withBody("# TYPE up gauge\nup{node=\"a\" 1\n"));

        OpconException failure = failureOf(metricsUrl());

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).startsWith("metrics at " + metricsUrl() + " are unreadable: ")
                .contains("line 2");
    }

    @Test
    void aServerErrorIsUnavailable() {
        serve(aResponse().withStatus(500));

        OpconException failure = failureOf(metricsUrl());

        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).isEqualTo("metrics at " + metricsUrl() + " could not be read: HTTP 500");
    }

    @Test
    void aMissingPageIsNonsense() {
        OpconException failure = failureOf(URI.create(node.baseUrl() + "/metrics-nowhere"));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE);
        assertThat(failure.getMessage()).contains("HTTP 404");
    }

    @Test
    void aSlowNodeIsUnavailableAfterTheTimeout() {
        serve(aResponse().withBody("up 1\n").withFixedDelay(2_000));
        MetricsScraper impatient = new MetricsScraper(Duration.ofMillis(500));

        OpconException failure = catchThrowableOfType(OpconException.class, () -> impatient.scrape(metricsUrl()));

        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).endsWith("could not be read: no answer within 500 ms");
    }

    @Test
    void aDeadNodeIsUnavailable() {
        URI url = metricsUrl();
        node.stop();

        OpconException failure = failureOf(url);

        assertThat(failure.category()).isEqualTo(Category.SOURCE_UNAVAILABLE);
        assertThat(failure.getMessage()).startsWith("metrics at " + url + " could not be read: connection refused");
    }

    private void serve(ResponseDefinitionBuilder response) {
        node.stubFor(get(urlPathEqualTo("/metrics")).willReturn(response));
    }

    private URI metricsUrl() {
        return URI.create(node.baseUrl() + "/metrics");
    }

    private OpconException failureOf(URI url) {
        OpconException failure = catchThrowableOfType(OpconException.class, () -> scraper.scrape(url));
        assertThat(failure).as("expected an OpconException").isNotNull();
        return failure;
    }
}
