package dev.opcon.console.ui.terminal;

import dev.opcon.console.ui.canvas.Canvas;

/**
 * What tests and the benchmark observe of the UI loop: how long each turn took (the loop must
 * never wait on I/O) and every drawn frame.
 */
public interface LoopProbe {

    LoopProbe NONE = new LoopProbe() {
    };

    /** One turn of the loop, waiting for input excluded. */
    default void turn(long nanos) {
    }

    /** A frame was drawn and sent to the terminal. The canvas is reused afterwards: copy what you keep. */
    default void drawn(Canvas canvas, long nanos) {
    }
}
