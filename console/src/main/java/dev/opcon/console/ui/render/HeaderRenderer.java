package dev.opcon.console.ui.render;

import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.canvas.Rectangle;
import dev.opcon.console.ui.canvas.TextWidth;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Severity;
import dev.opcon.core.model.Violation;
import dev.opcon.core.spi.Durations;
import dev.opcon.core.text.Secrets;
import dev.opcon.themes.model.Role;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header: subject, context, refresh interval, when the last refresh ran and how long it took,
 * the violation counts and the clock; on a full screen a second line with the endpoints. On a
 * narrow screen the least useful parts go first, so the subject and a pause always show.
 */
public final class HeaderRenderer {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** A piece of the header line; pieces with a higher {@code dropOrder} go first when space runs out. */
    private record Piece(String text, Role role, int dropOrder) {
    }

    private HeaderRenderer() {
    }

    public static void render(Canvas canvas, Rectangle area, HeaderInfo info, Optional<Frame> frame,
                              RenderContext context) {
        if (area.isEmpty()) {
            return;
        }
        Rectangle bar = area.line(0);
        canvas.fill(bar, Role.HEADER);
        int right = drawRight(canvas, bar, frame, context);
        List<Piece> pieces = leftPieces(info, frame, context);
        int room = right - bar.x() - 2;
        for (int drop = 3; drop > 0 && width(pieces) > room; drop--) {
            int dropped = drop;
            pieces.removeIf(piece -> piece.dropOrder() == dropped);
            if (dropped == 3 && frame.isPresent()) {
                // Without the time of the refresh, its duration alone still tells whether sources are slow.
                pieces.add(new Piece(" " + context.glyphs().dot() + " took "
                        + Durations.format(frame.get().observation().took()), Role.HEADER, 2));
            }
        }
        int x = bar.x() + 1;
        for (Piece piece : pieces) {
            x += canvas.write(x, bar.y(), piece.text(), piece.role(), right - x - 1);
        }
        if (area.height() > 1) {
            String dot = " " + context.glyphs().dot() + " ";
            String endpoints = info.endpoints().stream().map(Secrets::maskUrl).collect(Collectors.joining(dot));
            canvas.write(area.x() + 1, area.y() + 1, endpoints, Role.MUTED, area.width() - 2);
        }
    }

    /** The one-line bar of the picker, the form and the connecting screen: a title and the clock. */
    public static void simple(Canvas canvas, Rectangle line, String title, RenderContext context) {
        canvas.fill(line, Role.HEADER);
        int right = canvas.writeRightAligned(line.right() - 1, line.y(),
                CLOCK.format(context.now().atZone(context.zone())), Role.HEADER, line.width() / 3);
        canvas.write(line.x() + 1, line.y(), title, Role.HEADER, right - line.x() - 3);
    }

    private static List<Piece> leftPieces(HeaderInfo info, Optional<Frame> frame, RenderContext context) {
        String dot = " " + context.glyphs().dot() + " ";
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece("opcon " + info.subject() + info.context().map(name -> " @ " + name).orElse(""),
                Role.HEADER, 0));
        pieces.add(new Piece(dot + "every " + Durations.format(info.interval()), Role.HEADER, 1));
        if (info.paused()) {
            pieces.add(new Piece(dot + "PAUSED", Role.WARNING, 0));
        }
        if (frame.isEmpty()) {
            pieces.add(new Piece(dot + "waiting for the first refresh", Role.HEADER, 2));
            return pieces;
        }
        var observation = frame.get().observation();
        Duration age = Duration.between(observation.observedAt(), context.now());
        boolean late = !info.paused() && age.compareTo(info.interval().multipliedBy(3).plusSeconds(2)) > 0;
        pieces.add(new Piece(dot + "refreshed " + CLOCK.format(observation.observedAt().atZone(context.zone()))
                + " in " + Durations.format(observation.took()), Role.HEADER, 3));
        if (late) {
            // A refresh that stopped coming is worth the room: it means the data on screen is old.
            pieces.add(new Piece(" (" + Durations.format(age) + " ago)", Role.STALE, 0));
        }
        return pieces;
    }

    private static int width(List<Piece> pieces) {
        return pieces.stream().mapToInt(piece -> TextWidth.of(piece.text())).sum();
    }

    /** Violation counts and the clock, right-aligned; returns where they start. */
    private static int drawRight(Canvas canvas, Rectangle bar, Optional<Frame> frame, RenderContext context) {
        int right = bar.right() - 1;
        right = canvas.writeRightAligned(right, bar.y(), CLOCK.format(context.now().atZone(context.zone())),
                Role.HEADER, bar.width() / 3) - 2;
        List<Violation> active = frame.map(Frame::active).orElse(List.of());
        long warnings = active.stream().filter(violation -> violation.severity() == Severity.WARNING).count();
        long critical = active.stream().filter(violation -> violation.severity() == Severity.CRITICAL).count();
        var symbols = context.glyphs().symbols();
        if (frame.isPresent() && active.isEmpty()) {
            String clean = bar.width() >= 100 ? symbols.ok() + " no violations" : symbols.ok();
            right = canvas.writeRightAligned(right, bar.y(), clean, Role.OK, bar.width() / 4) - 2;
        }
        if (warnings > 0) {
            right = canvas.writeRightAligned(right, bar.y(), symbols.warning() + " " + warnings, Role.WARNING, 12) - 2;
        }
        if (critical > 0) {
            right = canvas.writeRightAligned(right, bar.y(), symbols.critical() + " " + critical, Role.CRITICAL, 12) - 2;
        }
        return right;
    }
}
