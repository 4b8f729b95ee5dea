package dev.opcon.console.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.themes.ThemeRegistry;
import dev.opcon.themes.model.Role;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanvasPainterTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final CanvasPainter painter = CanvasPainter.ansi(output);
    private final TerminalStyles mono = new TerminalStyles(ThemeRegistry.bundled().find("mono").orElseThrow(),
            ColourDepth.PALETTE_256);

    private String sent() {
        String text = output.toString(StandardCharsets.UTF_8);
        output.reset();
        return text;
    }

    @Test
    void theFirstFrameClearsAndWritesEveryCell() throws Exception {
        Canvas canvas = new Canvas(4, 2, "~");
        canvas.write(0, 0, "ab", Role.TEXT);

        painter.paint(canvas, mono, false);

        assertThat(sent()).isEqualTo("\u001b[0m\u001b[2J\u001b[1;1H\u001b[0;39;49mab  \u001b[2;1H    ");
    }

    @Test
    void laterFramesSendOnlyWhatChangedWithItsStyle() throws Exception {
        Canvas first = new Canvas(20, 2, "~");
        first.write(0, 0, "refreshed 10:00:01", Role.TEXT);
        Canvas spare = painter.paint(first, mono, false);
        sent();

        Canvas second = new Canvas(20, 2, "~");
        second.write(0, 0, "refreshed 10:00:02", Role.TEXT);
        second.write(5, 1, "!!", Role.CRITICAL);
        Canvas returned = painter.paint(second, mono, false);

        assertThat(spare).isNull();
        assertThat(returned).isSameAs(first);
        assertThat(sent()).isEqualTo("\u001b[1;18H\u001b[0;39;49m2  \u001b[2;6H\u001b[0;1;7;39;49m!!\u001b[0;39;49m    ");
    }

    @Test
    void nothingIsSentWhenNothingChanged() throws Exception {
        Canvas canvas = new Canvas(10, 2, "~");
        painter.paint(canvas, mono, false);
        sent();

        painter.paint(new Canvas(10, 2, "~"), mono, false);

        assertThat(sent()).isEmpty();
    }

    @Test
    void aWideGlyphIsRewrittenWholeWhenItsRightHalfChanges() throws Exception {
        Canvas first = new Canvas(6, 1, "~");
        first.write(0, 0, "ab", Role.TEXT);
        painter.paint(first, mono, false);
        sent();

        Canvas second = new Canvas(6, 1, "~");
        second.write(0, 0, "中", Role.TEXT);
        painter.paint(second, mono, false);

        assertThat(sent()).isEqualTo("\u001b[1;1H\u001b[0;39;49m中    ");
    }
}
