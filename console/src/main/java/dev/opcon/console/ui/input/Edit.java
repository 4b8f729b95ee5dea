package dev.opcon.console.ui.input;

/** A key while text is typed (a form field, a filter). */
public record Edit(Kind kind, char character) {

    public enum Kind { TYPE, BACKSPACE, CLEAR, ACCEPT, CANCEL, NEXT_FIELD, PREVIOUS_FIELD, QUIT }

    public static Edit of(Kind kind) {
        return new Edit(kind, '\0');
    }
}
