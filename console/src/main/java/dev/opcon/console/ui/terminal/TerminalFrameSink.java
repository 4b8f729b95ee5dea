package dev.opcon.console.ui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/** Writes a frame through Lanterna's {@link Terminal} API: for any terminal, such as the virtual one of the tests. */
final class TerminalFrameSink implements FrameSink {

    private final Terminal terminal;

    TerminalFrameSink(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void clear() throws IOException {
        terminal.resetColorAndSGR();
        terminal.clearScreen();
    }

    @Override
    public void moveTo(int x, int y) throws IOException {
        terminal.setCursorPosition(x, y);
    }

    @Override
    public void style(CellStyle style) throws IOException {
        terminal.resetColorAndSGR();
        terminal.setForegroundColor(style.foreground());
        terminal.setBackgroundColor(style.background());
        for (SGR modifier : style.modifiers()) {
            terminal.enableSGR(modifier);
        }
    }

    @Override
    public void text(CharSequence text) throws IOException {
        terminal.putString(text.toString());
    }

    @Override
    public void finish() throws IOException {
        terminal.flush();
    }
}
