package dev.opcon.core.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.opcon.core.error.OpconException;
import dev.opcon.core.error.OpconException.Category;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFormatParserTest {

    @Test
    void readsARateLimiterNodesPage() {
        MetricFamilies page = TextFormatParser.parse(Fixtures.read("ratelimiter_metrics.txt"));

        assertThat(page.families()).extracting(MetricFamily::name).startsWith(
                "ratelimiter_requests_checked_total", "ratelimiter_requests_checked_created",
                "ratelimiter_check_duration_seconds", "ratelimiter_node_up", "ratelimiter_active_counters");
        MetricFamily checked = page.family("ratelimiter_requests_checked_total").orElseThrow();
        assertThat(checked.type()).isEqualTo(MetricType.COUNTER);
        assertThat(checked.help()).isEqualTo("Rate limit checks, by outcome.");
        assertThat(checked.samples()).containsExactly(
                new Sample("ratelimiter_requests_checked_total", Map.of("result", "allowed"), 15234),
                new Sample("ratelimiter_requests_checked_total", Map.of("result", "blocked"), 712));
        assertThat(page.samples("ratelimiter_node_up")).extracting(Sample::value).containsExactly(1.0);
        assertThat(page.samples("ratelimiter_active_counters")).extracting(Sample::value).containsExactly(42.0);
        assertThat(page.samples("jvm_memory_bytes_used").get(0).labels()).containsExactly(Map.entry("area", "heap"));
        assertThat(page.samples("process_start_time_seconds")).extracting(Sample::value).containsExactly(1.749520123456E9);
        assertThat(page.samples("process_open_fds").get(0).value()).isNaN();
    }

    @Test
    void groupsARateLimiterHistogramAndGivesItsQuantiles() {
        MetricFamily duration = TextFormatParser.parse(Fixtures.read("ratelimiter_metrics.txt"))
                .family("ratelimiter_check_duration_seconds").orElseThrow();

        assertThat(duration.type()).isEqualTo(MetricType.HISTOGRAM);
        assertThat(duration.samples()).hasSize(17);
        List<HistogramSnapshot> histograms = duration.histograms();
        assertThat(histograms).hasSize(1);
        HistogramSnapshot histogram = histograms.get(0);
        assertThat(histogram.labels()).isEmpty();
        assertThat(histogram.count()).isEqualTo(1000);
        assertThat(histogram.sum()).isEqualTo(14.372);
        assertThat(histogram.buckets()).hasSize(15).endsWith(new Bucket(Double.POSITIVE_INFINITY, 1000));
        // rank 990 reaches le=0.1 (990); from 0.075 (980): 0.075 + 0.025 * (10 / 10)
        assertThat(histogram.quantile(0.99)).isCloseTo(0.1, within(1e-12));
        // rank 500 reaches le=0.025 (900); from 0.01 (480): 0.01 + 0.015 * (20 / 420)
        assertThat(histogram.quantile(0.5)).isCloseTo(0.01 + 0.015 * 20 / 420, within(1e-12));
    }

    @Test
    void readsTheTikvExcerpt() {
        MetricFamilies page = TextFormatParser.parse(Fixtures.read("tikv_metrics_excerpt_reconstructed.txt"));

        assertThat(page.families()).extracting(MetricFamily::name).containsExactly(
                "tikv_grpc_msg_duration_seconds", "tikv_grpc_msg_fail_total", "tikv_store_size_bytes",
                "tikv_raftstore_region_count", "tikv_raftstore_slow_score", "tikv_engine_flow_bytes",
                "tikv_thread_cpu_seconds_total", "process_cpu_seconds_total", "tikv_server_cpu_cores_quota");
        assertThat(page.samples("tikv_store_size_bytes")).filteredOn(sample -> sample.label("type").equals("capacity"))
                .extracting(Sample::value).containsExactly(1_979_120_929_996d);
        assertThat(page.samples("tikv_raftstore_region_count")).filteredOn(sample -> sample.label("type").equals("leader"))
                .extracting(Sample::value).containsExactly(4012.0);
        assertThat(page.samples("process_cpu_seconds_total")).extracting(Sample::value).containsExactly(884213.52);

        List<HistogramSnapshot> grpc = page.family("tikv_grpc_msg_duration_seconds").orElseThrow().histograms();
        assertThat(grpc).extracting(histogram -> histogram.label("type")).containsExactly("kv_get", "kv_prewrite");
        HistogramSnapshot get = grpc.get(0);
        assertThat(get.labels()).containsExactly(Map.entry("priority", "medium"), Map.entry("type", "kv_get"));
        assertThat(get.buckets()).hasSize(23);
        assertThat(get.count()).isEqualTo(929727);
        // rank 0.99 * 929727 = 920429.73 reaches le=0.0064 (924420); from 0.0032 (903420):
        // 0.0032 + 0.0032 * (920429.73 - 903420) / 21000
        assertThat(get.quantile(0.99)).isCloseTo(0.0032 + 0.0032 * 17009.73 / 21000, within(1e-12));
    }

    @Test
    void unescapesLabelValues() {
        MetricFamilies page = TextFormatParser.parse("""
                msg{path="C:\\\\temp",quote="say \\"hi\\"",lines="one\\ntwo",empty=""} 1
                """);

        assertThat(page.samples("msg").get(0).labels()).containsExactly(
                Map.entry("empty", ""), Map.entry("lines", "one\\ntwo"),
                Map.entry("path", "C:\\temp"), Map.entry("quote", "say \"hi\""));
    }

    @Test
    void makesControlCharactersInLabelValuesVisible() {
        MetricFamilies page = TextFormatParser.parse("keys{key=\"\u001b[2Jevil\"} 1\n");

        assertThat(page.samples("keys").get(0).label("key")).isEqualTo("\\e[2Jevil");
    }

    @Test
    void readsTimestampsSpecialValuesBlanksAndTrailingCommas() {
        MetricFamilies page = TextFormatParser.parse("""
                # a plain comment, ignored
                #

                a 1 1749520800123
                b{x="1",} +Inf
                c  -Inf\t-5
                d{ x = "1" , y="2" }NaN
                e 2.5e-3\r
                """);

        assertThat(page.samples("a")).containsExactly(
                new Sample("a", Map.of(), 1, Optional.of(Instant.ofEpochMilli(1749520800123L))));
        assertThat(page.samples("b").get(0).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(page.samples("c")).containsExactly(
                new Sample("c", Map.of(), Double.NEGATIVE_INFINITY, Optional.of(Instant.ofEpochMilli(-5))));
        assertThat(page.samples("d").get(0).labels()).containsExactly(Map.entry("x", "1"), Map.entry("y", "2"));
        assertThat(page.samples("d").get(0).value()).isNaN();
        assertThat(page.samples("e").get(0).value()).isEqualTo(0.0025);
        assertThat(page.families()).allSatisfy(family -> assertThat(family.type()).isEqualTo(MetricType.UNTYPED));
    }

    @Test
    void unescapesHelpAndKeepsSummariesTogether() {
        MetricFamilies page = TextFormatParser.parse("""
                # HELP rpc_seconds Latency.\\nIn seconds, C:\\\\ style \\d kept.
                # TYPE rpc_seconds summary
                rpc_seconds{quantile="0.5"} 0.01
                rpc_seconds{quantile="0.99"} 0.2
                rpc_seconds_sum 12.5
                rpc_seconds_count 900
                """);

        MetricFamily family = page.family("rpc_seconds").orElseThrow();
        assertThat(family.help()).isEqualTo("Latency.\\nIn seconds, C:\\ style \\d kept.");
        assertThat(family.type()).isEqualTo(MetricType.SUMMARY);
        assertThat(family.samples()).extracting(Sample::name)
                .containsExactly("rpc_seconds", "rpc_seconds", "rpc_seconds_sum", "rpc_seconds_count");
        assertThat(family.histograms()).isEmpty();
    }

    @Test
    void aGaugeNamedLikeAHistogramSuffixKeepsItsOwnFamily() {
        MetricFamilies page = TextFormatParser.parse("""
                # TYPE jobs histogram
                jobs_bucket{le="+Inf"} 3
                jobs_sum 1
                jobs_count 3
                # TYPE jobs_count_limit gauge
                jobs_count_limit 10
                """);

        assertThat(page.families()).extracting(MetricFamily::name).containsExactly("jobs", "jobs_count_limit");
        assertThat(page.family("jobs").orElseThrow().samples()).hasSize(3);
    }

    @Test
    void anEmptyPageHasNoFamilies() {
        assertThat(TextFormatParser.parse("").families()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            no value                   | up                           | expected a value after 'up'
            bad value                  | up one                       | 'one' is not a number
            bad timestamp              | up 1 yesterday               | 'yesterday' is not a timestamp
            text after timestamp       | up 1 2 3                     | unexpected text after the timestamp
            unclosed labels            | up{a="1" 1                   | expected ',' or '}'
            missing equals             | up{a "1"} 1                  | expected '=' after label name 'a'
            unquoted value             | up{a=1} 1                    | expected '"' to open the value of label 'a'
            unclosed quote             | up{a="1} 1                   | has no closing quote
            unknown escape             | up{a="\\t"} 1                | unknown escape '\\t'
            duplicate label            | up{a="1",a="2"} 1            | label 'a' appears twice
            bad label name             | up{1a="1"} 1                 | expected a label name or '}'
            bad metric name            | 1up 1                        | expected a metric name
            value in hex               | up 0x1p3                     | '0x1p3' is not a number
            java double suffix         | up 1.5d                      | '1.5d' is not a number
            """)
    void aMalformedSampleLineIsNonsenseNamingTheLine(String what, String line, String expected) {
        String body = "# TYPE ok gauge\nok 1\n" + line + "\nlater 2\n";

        assertThatThrownBy(() -> TextFormatParser.parse(body))
                .isInstanceOfSatisfying(OpconException.class,
                        failure -> assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE))
                .hasMessageStartingWith("malformed metrics text at line 3: ")
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            unknown type        | # TYPE up gaugee                              | unknown metric type 'gaugee'
            second type         | # TYPE up gauge\\n# TYPE up counter           | is repeated or comes after its samples
            type after samples  | up 1\\n# TYPE up gauge                        | is repeated or comes after its samples
            second help         | # HELP up a\\n# HELP up b                     | second HELP line for 'up'
            bucket without le   | # TYPE h histogram\\nh_bucket{x="1"} 1        | 'h_bucket' needs a numeric 'le' label
            bucket with bad le  | # TYPE h histogram\\nh_bucket{le="big"} 1     | 'h_bucket' needs a numeric 'le' label
            quantile missing    | # TYPE s summary\\ns 1                        | 's' needs a numeric 'quantile' label
            type without name   | # TYPE                                        | expected a metric name after TYPE
            """)
    void aMalformedCommentOrFamilyIsNonsense(String what, String lines, String expected) {
        String body = lines.replace("\\n", "\n");

        assertThatThrownBy(() -> TextFormatParser.parse(body))
                .isInstanceOfSatisfying(OpconException.class,
                        failure -> assertThat(failure.category()).isEqualTo(Category.SOURCE_NONSENSE))
                .hasMessageStartingWith("malformed metrics text at line " + body.split("\n").length + ": ")
                .hasMessageContaining(expected);
    }

    @Test
    void theMessageShowsTheOffendingLineMadeSafe() {
        assertThatThrownBy(() -> TextFormatParser.parse("up{a=\"\u001b[2J\" oops\n"))
                .hasMessageContaining("up{a=\"\\e[2J\" oops")
                .hasMessageNotContaining("\u001b");
    }
}
