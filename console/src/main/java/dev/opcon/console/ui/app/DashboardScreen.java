package dev.opcon.console.ui.app;

import com.googlecode.lanterna.input.KeyStroke;
import dev.opcon.console.session.Session;
import dev.opcon.console.ui.canvas.Canvas;
import dev.opcon.console.ui.input.Command;
import dev.opcon.console.ui.input.Edit;
import dev.opcon.console.ui.input.KeyMap;
import dev.opcon.console.ui.render.DashboardRenderer;
import dev.opcon.console.ui.render.HeaderInfo;
import dev.opcon.console.ui.render.RenderContext;
import dev.opcon.console.ui.render.ViolationTables;
import dev.opcon.console.ui.view.DashboardView;
import dev.opcon.console.ui.view.Overlay;
import dev.opcon.console.ui.view.StatusMessage;
import dev.opcon.console.ui.view.TableView;
import dev.opcon.core.model.Frame;
import dev.opcon.core.model.Panel;
import dev.opcon.core.model.TablePanel;
import java.util.List;
import java.util.Optional;

/**
 * The live dashboard of one session. Frames arrive through the UI queue; keys change the view
 * ({@link DashboardView}) or ask the refresh loop to pause, refresh or change its interval, none of
 * which waits for a source.
 */
final class DashboardScreen implements Screen {

    private final ConsoleApp app;
    private final Session session;
    private final DashboardView view = new DashboardView();
    private final TableNavigator tables;
    private Frame frame;

    DashboardScreen(ConsoleApp app, Session session, Frame firstFrame) {
        this.app = app;
        this.session = session;
        this.frame = firstFrame;
        this.tables = new TableNavigator(view, app::say);
    }

    Session session() {
        return session;
    }

    @Override
    public void frameArrived(Session from, Frame newest) {
        if (from == session) {
            frame = newest;
        }
    }

    @Override
    public void handle(KeyStroke key) {
        if (view.editingFilter()) {
            KeyMap.editing(key).ifPresent(this::editFilter);
        } else {
            KeyMap.navigation(key).ifPresent(this::apply);
        }
    }

    @Override
    public void draw(Canvas canvas, RenderContext context) {
        DashboardRenderer.Result result = DashboardRenderer.render(canvas, headerInfo(), Optional.of(frame), view,
                app.chrome(KeyMap.DASHBOARD_HINTS), context);
        view.setPageRows(result.pageRows());
    }

    private HeaderInfo headerInfo() {
        return new HeaderInfo(session.subject().name(), session.context(), session.endpoints(),
                session.loop().interval(), session.loop().paused());
    }

    private void apply(Command command) {
        Optional<Overlay> overlay = view.overlay();
        if (overlay.isPresent() && overlay.get() instanceof Overlay.Chaos && app.demo().isPresent()
                && chaosMenu(command, app.demo().get())) {
            return;
        }
        switch (command.action()) {
            case QUIT -> app.quit();
            case HELP -> {
                toggle(overlay, new Overlay.Help());
                app.helpShown();
            }
            case HISTORY -> toggle(overlay, new Overlay.History());
            case CLOSE -> close(overlay);
            case REDRAW -> app.requestFullRedraw();
            case PAUSE -> pause();
            case REFRESH -> {
                session.loop().refreshNow();
                app.say("refreshing now", StatusMessage.Level.INFO);
            }
            case LONGER_INTERVAL -> app.changeInterval(session, 1);
            case SHORTER_INTERVAL -> app.changeInterval(session, -1);
            case NEXT_PANEL -> moveFocus(overlay, 1);
            case PREVIOUS_PANEL -> moveFocus(overlay, -1);
            case UP -> target().ifPresent(table -> tables.move(table, -1));
            case DOWN -> target().ifPresent(table -> tables.move(table, 1));
            case PAGE_UP -> target().ifPresent(table -> tables.move(table, -view.pageRows(table.id())));
            case PAGE_DOWN -> target().ifPresent(table -> tables.move(table, view.pageRows(table.id())));
            case TOP -> target().ifPresent(table -> tables.move(table, Integer.MIN_VALUE / 2));
            case BOTTOM -> target().ifPresent(table -> tables.move(table, Integer.MAX_VALUE / 2));
            case SORT_COLUMN -> target().ifPresent(table -> tables.sortBy(table, command.column()));
            case SORT_NEXT -> target().ifPresent(table -> tables.cycleSort(table, 1));
            case SORT_PREVIOUS -> target().ifPresent(table -> tables.cycleSort(table, -1));
            case SORT_REVERSE -> target().ifPresent(tables::reverseSort);
            case FILTER -> startFilter(overlay);
            case OPEN -> open(overlay);
            case THEME -> app.nextTheme();
            case SUBJECTS -> app.showPicker();
            case CHAOS -> {
                if (app.demo().isPresent()) {
                    toggle(overlay, new Overlay.Chaos());
                } else {
                    app.say("the chaos menu comes with `opcon demo`", StatusMessage.Level.INFO);
                }
            }
            case NEXT_STEP -> {
                if (app.demo().filter(DemoControls::hasTour).isPresent()) {
                    app.demo().get().nextStep();
                } else {
                    target().ifPresent(table -> tables.move(table, view.pageRows(table.id())));
                }
            }
        }
    }

    /** Keys while the chaos menu is open; true when the key was the menu's. */
    private boolean chaosMenu(Command command, DemoControls demo) {
        switch (command.action()) {
            case UP -> demo.move(-1);
            case DOWN -> demo.move(1);
            case OPEN -> demo.toggle(demo.selected());
            case SORT_COLUMN -> demo.toggle(command.column());
            default -> {
                return false;
            }
        }
        return true;
    }

    private void toggle(Optional<Overlay> open, Overlay wanted) {
        if (open.isPresent() && open.get().getClass() == wanted.getClass()) {
            view.closeOverlay();
        } else {
            view.open(wanted);
        }
    }

    private void close(Optional<Overlay> overlay) {
        if (overlay.isPresent()) {
            view.closeOverlay();
            return;
        }
        focusedTable().filter(table -> !view.table(table.id()).filter().isEmpty())
                .ifPresent(table -> view.setTable(table.id(), view.table(table.id()).withFilter("")));
    }

    private void pause() {
        boolean paused = !session.loop().paused();
        session.loop().setPaused(paused);
        app.say(paused ? "paused: r refreshes once, p resumes" : "resumed", StatusMessage.Level.INFO);
    }

    private void moveFocus(Optional<Overlay> overlay, int step) {
        if (overlay.isPresent()) {
            return;
        }
        List<Panel> panels = panels();
        String current = DashboardRenderer.focusedId(panels, view.focusedPanelId());
        int index = panels.stream().map(Panel::id).toList().indexOf(current);
        view.focus(panels.get(Math.floorMod(index + step, panels.size())).id());
    }

    private void startFilter(Optional<Overlay> overlay) {
        if (overlay.isPresent()) {
            return;
        }
        if (focusedTable().isEmpty()) {
            // Typing the filter must never land on the dashboard as commands: move to the next table first.
            List<Panel> panels = panels();
            String current = DashboardRenderer.focusedId(panels, view.focusedPanelId());
            int start = panels.stream().map(Panel::id).toList().indexOf(current);
            for (int step = 1; step <= panels.size(); step++) {
                Panel next = panels.get(Math.floorMod(start + step, panels.size()));
                if (next instanceof TablePanel) {
                    view.focus(next.id());
                    break;
                }
            }
        }
        if (focusedTable().isPresent()) {
            view.setEditingFilter(true);
        }
    }

    private void open(Optional<Overlay> overlay) {
        if (overlay.isPresent() && overlay.get() instanceof Overlay.History) {
            TablePanel history = historyPanel();
            tables.selectedRow(history).ifPresent(row -> view.open(new Overlay.Detail(history.id(), "Resolved", row)));
        } else if (overlay.isPresent()) {
            view.closeOverlay();
        } else {
            focusedTable().ifPresent(table -> tables.selectedRow(table)
                    .ifPresent(row -> view.open(new Overlay.Detail(table.id(), table.title(), row))));
        }
    }

    private void editFilter(Edit edit) {
        Optional<TablePanel> table = focusedTable();
        if (table.isEmpty()) {
            view.setEditingFilter(false);
            return;
        }
        String id = table.get().id();
        TableView current = view.table(id);
        switch (edit.kind()) {
            case TYPE -> view.setTable(id, current.withFilter(current.filter() + edit.character()));
            case BACKSPACE -> view.setTable(id, current.withFilter(current.filter().isEmpty() ? ""
                    : current.filter().substring(0, current.filter().offsetByCodePoints(current.filter().length(), -1))));
            case CLEAR -> view.setTable(id, current.withFilter(""));
            case ACCEPT -> view.setEditingFilter(false);
            case CANCEL -> {
                view.setTable(id, current.withFilter(""));
                view.setEditingFilter(false);
            }
            case NEXT_FIELD -> tables.move(table.get(), 1);
            case PREVIOUS_FIELD -> tables.move(table.get(), -1);
            case QUIT -> app.quit();
        }
    }

    /** The table keys act on: the history while it is open, else the focused panel when it is a table. */
    private Optional<TablePanel> target() {
        Optional<Overlay> overlay = view.overlay();
        if (overlay.isPresent()) {
            return overlay.get() instanceof Overlay.History ? Optional.of(historyPanel()) : Optional.empty();
        }
        return focusedTable();
    }

    private Optional<TablePanel> focusedTable() {
        List<Panel> panels = panels();
        String focused = DashboardRenderer.focusedId(panels, view.focusedPanelId());
        return panels.stream().filter(panel -> panel.id().equals(focused) && panel instanceof TablePanel)
                .map(TablePanel.class::cast).findFirst();
    }

    private List<Panel> panels() {
        return DashboardRenderer.panels(Optional.of(frame), app.renderContext());
    }

    private TablePanel historyPanel() {
        return ViolationTables.history(frame.resolved(), app.renderContext());
    }
}
