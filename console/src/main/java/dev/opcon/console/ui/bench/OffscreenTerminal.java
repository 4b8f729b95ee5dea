package dev.opcon.console.ui.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal of a fixed size writing to any stream: the console's real output path (escape
 * sequences and all) without a tty, for measuring what drawing costs.
 */
final class OffscreenTerminal extends ANSITerminal {

    private final TerminalSize size;

    OffscreenTerminal(InputStream input, OutputStream output, TerminalSize size) {
        super(input, output, StandardCharsets.UTF_8);
        this.size = size;
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }
}
