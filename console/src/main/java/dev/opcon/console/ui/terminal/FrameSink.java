package dev.opcon.console.ui.terminal;

import java.io.IOException;

/** Where the painter sends a frame's changes: clear, move, set a style, write text, finish. */
interface FrameSink {

    void clear() throws IOException;

    void moveTo(int x, int y) throws IOException;

    void style(CellStyle style) throws IOException;

    void text(CharSequence text) throws IOException;

    /** Ends the frame: everything is on its way to the terminal. */
    void finish() throws IOException;
}
