package dev.opcon.console.ui.input;

/**
 * An action and, for {@link Action#SORT_COLUMN}, the column (0-based).
 */
public record Command(Action action, int column) {

    public static Command of(Action action) {
        return new Command(action, -1);
    }
}
