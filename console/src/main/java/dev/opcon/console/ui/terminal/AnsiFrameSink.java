package dev.opcon.console.ui.terminal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a frame as ANSI escape sequences to the terminal's own output stream, in one write.
 * Lanterna's terminal writes character by character, which costs milliseconds for a full screen;
 * the colours and attributes still come from Lanterna ({@link CellStyle}).
 */
final class AnsiFrameSink implements FrameSink {

    private final OutputStream output;
    private final StringBuilder frame = new StringBuilder(32_768);

    AnsiFrameSink(OutputStream output) {
        this.output = output;
    }

    @Override
    public void clear() {
        frame.append("\u001b[0m\u001b[2J");
    }

    @Override
    public void moveTo(int x, int y) {
        frame.append("\u001b[").append(y + 1).append(';').append(x + 1).append('H');
    }

    @Override
    public void style(CellStyle style) {
        frame.append("\u001b[").append(style.sgrParameters()).append('m');
    }

    @Override
    public void text(CharSequence text) {
        frame.append(text);
    }

    @Override
    public void finish() throws IOException {
        if (frame.length() > 0) {
            byte[] bytes = frame.toString().getBytes(StandardCharsets.UTF_8);
            frame.setLength(0);
            // The same stream Lanterna writes to: hold its lock so the two never interleave.
            synchronized (output) {
                output.write(bytes);
                output.flush();
            }
        }
    }
}
