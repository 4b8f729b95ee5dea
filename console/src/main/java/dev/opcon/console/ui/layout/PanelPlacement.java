package dev.opcon.console.ui.layout;

import dev.opcon.console.ui.canvas.Rectangle;

/** Where one panel goes on the screen. */
public record PanelPlacement(String panelId, Rectangle area) {
}
