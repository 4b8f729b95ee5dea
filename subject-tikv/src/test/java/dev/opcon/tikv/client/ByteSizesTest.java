package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizesTest {

    @ParameterizedTest
    @CsvSource({
        "19.56GiB, 21002390077",
        "1.011GiB, 1085552984",
        "288.9MiB, 302933606",
        "21.15KiB, 21657",
        "195GiB, 209379655680",
        "'937 GiB', 1006096089088",
        "'17 GiB', 18253611008",
        "1024GiB, 1099511627776",
        "1.8TiB, 1979120929996",
        "0B, 0",
        "512B, 512",
        "1.5g, 1610612736",
        "2PiB, 2251799813685248",
    })
    void readsWhatPdWrites(String text, long bytes) {
        assertThat(ByteSizes.parse(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "GiB", "", "1.8 TB extra", "-1GiB", "1iB"})
    void refusesWhatIsNoSize(String text) {
        assertThatThrownBy(() -> ByteSizes.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
