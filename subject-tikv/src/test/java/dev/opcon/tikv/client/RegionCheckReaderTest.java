package dev.opcon.tikv.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opcon.core.error.OpconException;
import dev.opcon.tikv.Fixtures;
import dev.opcon.tikv.model.RegionHealth.ClassCount;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegionCheckReaderTest {

    private final RegionCheckReader reader = new RegionCheckReader(1_000, 5);

    @Test
    void countFirstStopsAfterTheSamples() throws IOException {
        byte[] body = Fixtures.regionCheck(50_000).getBytes(StandardCharsets.UTF_8);
        CountingStream stream = new CountingStream(new ByteArrayInputStream(body));

        ClassCount count = reader.read(stream);

        assertThat(count.count()).isEqualTo(50_000);
        assertThat(count.atLeast()).isFalse();
        assertThat(count.sampleRegions()).containsExactly(1000L, 1001L, 1002L, 1003L, 1004L);
        assertThat(stream.read).as("bytes read of %s", body.length).isLessThan(64 * 1024);
    }

    @Test
    void countAfterTheListIsCountedUpToTheCap() throws IOException {
        String listFirst = "{\"regions\":" + Fixtures.regionCheck(3).replaceFirst("^\\{\"count\":3,\"regions\":", "")
                .replaceFirst("}$", "") + ",\"count\":3}";
        assertThat(reader.read(stream(listFirst))).isEqualTo(new ClassCount(3, false, java.util.List.of(1000L, 1001L, 1002L)));

        String many = Fixtures.regionCheck(2_000).replaceFirst("\"count\":2000,", "");
        ClassCount capped = reader.read(stream(many));
        assertThat(capped.count()).isEqualTo(1_000);
        assertThat(capped.atLeast()).isTrue();
        assertThat(capped.text()).isEqualTo("≥1000");
    }

    @Test
    void emptyAndNullListsAreZero() throws IOException {
        assertThat(reader.read(stream("{\"count\":0,\"regions\":[]}")).count()).isZero();
        assertThat(reader.read(stream("{\"count\":0,\"regions\":null}")).count()).isZero();
        assertThat(reader.read(stream("{\"regions\":[]}")).count()).isZero();
    }

    @Test
    void somethingElseIsNonsense() {
        assertThatThrownBy(() -> reader.read(stream("null"))).isInstanceOf(OpconException.class);
        assertThatThrownBy(() -> reader.read(stream("{\"count\": 3, \"regions\": [{\"id\": "))).isInstanceOf(IOException.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            read += Math.max(0, count);
            return count;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            read += value < 0 ? 0 : 1;
            return value;
        }
    }
}
