package dev.opcon.console.ui.input;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.opcon.console.ui.render.KeyHint;
import java.util.List;
import java.util.Optional;

/**
 * Keys to commands. Every command has a plain key that arrives the same way in tmux, screen and
 * over ssh (letters, Tab, Enter, Escape), and arrows and vi-like letters as alternatives, so
 * nothing depends on a terminal sending function keys or modifiers faithfully.
 */
public final class KeyMap {

    /** What the help overlay lists: every key of the dashboard. */
    public static final List<KeyHint> DASHBOARD_HELP = List.of(
            new KeyHint("?", "this help"),
            new KeyHint("q  Ctrl-C", "quit"),
            new KeyHint("Tab  Right l", "next panel"),
            new KeyHint("S-Tab Left h", "previous panel"),
            new KeyHint("Up Down k j", "move in a table"),
            new KeyHint("PgUp PgDn", "page up / down"),
            new KeyHint("Home End g G", "first / last row"),
            new KeyHint("/", "filter the focused table"),
            new KeyHint("Enter", "details of the row"),
            new KeyHint("Esc", "close / clear the filter"),
            new KeyHint("1-9", "sort by column (again: reverse)"),
            new KeyHint("o  <  >", "next / previous sort column"),
            new KeyHint("O", "reverse the sort"),
            new KeyHint("p", "pause / resume refreshing"),
            new KeyHint("r", "refresh now"),
            new KeyHint("+  -", "longer / shorter interval"),
            new KeyHint("v", "violation history"),
            new KeyHint("t", "next theme"),
            new KeyHint("s", "pick another subject"),
            new KeyHint("c", "chaos menu (opcon demo)"),
            new KeyHint("Space", "next tour step, or page down"),
            new KeyHint("Ctrl-L", "redraw the screen"));

    public static final List<KeyHint> DASHBOARD_HINTS = List.of(new KeyHint("?", "help"), new KeyHint("q", "quit"),
            new KeyHint("Tab", "panel"), new KeyHint("/", "filter"), new KeyHint("Enter", "details"),
            new KeyHint("v", "history"), new KeyHint("p", "pause"), new KeyHint("+/-", "interval"),
            new KeyHint("t", "theme"), new KeyHint("s", "subjects"));

    private KeyMap() {
    }

    /** Keys outside text entry. */
    public static Optional<Command> navigation(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character) {
            return character(key);
        }
        Action action = switch (key.getKeyType()) {
            case Tab -> Action.NEXT_PANEL;
            case ReverseTab -> Action.PREVIOUS_PANEL;
            case ArrowRight -> Action.NEXT_PANEL;
            case ArrowLeft -> Action.PREVIOUS_PANEL;
            case ArrowUp -> Action.UP;
            case ArrowDown -> Action.DOWN;
            case PageUp -> Action.PAGE_UP;
            case PageDown -> Action.PAGE_DOWN;
            case Home -> Action.TOP;
            case End -> Action.BOTTOM;
            case Enter -> Action.OPEN;
            case Escape -> Action.CLOSE;
            case EOF -> Action.QUIT;
            default -> null;
        };
        return Optional.ofNullable(action).map(Command::of);
    }

    /** Keys while text is typed. */
    public static Optional<Edit> editing(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character) {
            char character = key.getCharacter();
            if (key.isCtrlDown()) {
                return switch (character) {
                    case 'c' -> Optional.of(Edit.of(Edit.Kind.QUIT));
                    case 'u' -> Optional.of(Edit.of(Edit.Kind.CLEAR));
                    case 'h' -> Optional.of(Edit.of(Edit.Kind.BACKSPACE));
                    default -> Optional.empty();
                };
            }
            return key.isAltDown() || Character.isISOControl(character) ? Optional.empty()
                    : Optional.of(new Edit(Edit.Kind.TYPE, character));
        }
        Edit.Kind kind = switch (key.getKeyType()) {
            case Backspace, Delete -> Edit.Kind.BACKSPACE;
            case Enter -> Edit.Kind.ACCEPT;
            case Escape -> Edit.Kind.CANCEL;
            case Tab, ArrowDown -> Edit.Kind.NEXT_FIELD;
            case ReverseTab, ArrowUp -> Edit.Kind.PREVIOUS_FIELD;
            case EOF -> Edit.Kind.QUIT;
            default -> null;
        };
        return Optional.ofNullable(kind).map(Edit::of);
    }

    private static Optional<Command> character(KeyStroke key) {
        char character = key.getCharacter();
        if (key.isCtrlDown()) {
            Action action = switch (character) {
                case 'c', 'd' -> Action.QUIT;
                case 'f' -> Action.PAGE_DOWN;
                case 'b' -> Action.PAGE_UP;
                case 'l' -> Action.REDRAW;
                default -> null;
            };
            return Optional.ofNullable(action).map(Command::of);
        }
        if (key.isAltDown()) {
            return Optional.empty();
        }
        if (character >= '1' && character <= '9') {
            return Optional.of(new Command(Action.SORT_COLUMN, character - '1'));
        }
        Action action = switch (character) {
            case 'q', 'Q' -> Action.QUIT;
            case '?' -> Action.HELP;
            case 'p' -> Action.PAUSE;
            case 'r' -> Action.REFRESH;
            case '+', '=' -> Action.LONGER_INTERVAL;
            case '-', '_' -> Action.SHORTER_INTERVAL;
            case 'l' -> Action.NEXT_PANEL;
            case 'h' -> Action.PREVIOUS_PANEL;
            case 'k' -> Action.UP;
            case 'j' -> Action.DOWN;
            case ' ' -> Action.NEXT_STEP;
            case 'g' -> Action.TOP;
            case 'G' -> Action.BOTTOM;
            case '/' -> Action.FILTER;
            case 'v' -> Action.HISTORY;
            case 't' -> Action.THEME;
            case 's' -> Action.SUBJECTS;
            case 'c' -> Action.CHAOS;
            case 'o', '>' -> Action.SORT_NEXT;
            case '<' -> Action.SORT_PREVIOUS;
            case 'O' -> Action.SORT_REVERSE;
            case '\r', '\n' -> Action.OPEN;
            case '\t' -> Action.NEXT_PANEL;
            default -> null;
        };
        return Optional.ofNullable(action).map(Command::of);
    }
}
