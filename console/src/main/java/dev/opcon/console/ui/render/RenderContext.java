package dev.opcon.console.ui.render;

import dev.opcon.themes.model.Theme;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** What every renderer draws with, besides its own data: the theme and the time of this frame. */
public record RenderContext(Theme theme, Glyphs glyphs, Instant now, ZoneId zone) {

    public RenderContext {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(glyphs, "glyphs");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }

    public static RenderContext of(Theme theme, Instant now, ZoneId zone) {
        return new RenderContext(theme, Glyphs.of(theme), now, zone);
    }
}
