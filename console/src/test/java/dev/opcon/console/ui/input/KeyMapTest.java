package dev.opcon.console.ui.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    private static Action action(KeyStroke key) {
        return KeyMap.navigation(key).map(Command::action).orElse(null);
    }

    private static KeyStroke character(char character) {
        return new KeyStroke(character, false, false);
    }

    @Test
    void arrowsAndViKeysMeanTheSame() {
        assertThat(action(new KeyStroke(KeyType.ArrowDown))).isEqualTo(action(character('j'))).isEqualTo(Action.DOWN);
        assertThat(action(new KeyStroke(KeyType.ArrowUp))).isEqualTo(action(character('k'))).isEqualTo(Action.UP);
        assertThat(action(new KeyStroke(KeyType.Tab))).isEqualTo(action(character('l'))).isEqualTo(Action.NEXT_PANEL);
        assertThat(action(new KeyStroke(KeyType.ReverseTab))).isEqualTo(action(character('h')))
                .isEqualTo(Action.PREVIOUS_PANEL);
    }

    @Test
    void ctrlCAndQQuitAndEscapeCloses() {
        assertThat(action(new KeyStroke('c', true, false))).isEqualTo(Action.QUIT);
        assertThat(action(character('q'))).isEqualTo(Action.QUIT);
        assertThat(action(new KeyStroke(KeyType.Escape))).isEqualTo(Action.CLOSE);
        assertThat(action(new KeyStroke(KeyType.EOF))).isEqualTo(Action.QUIT);
    }

    @Test
    void digitsSortByTheirColumn() {
        assertThat(KeyMap.navigation(character('3'))).contains(new Command(Action.SORT_COLUMN, 2));
    }

    @Test
    void whileTypingLettersAreTextAndCtrlHErases() {
        assertThat(KeyMap.editing(character('q'))).contains(new Edit(Edit.Kind.TYPE, 'q'));
        assertThat(KeyMap.editing(new KeyStroke('h', true, false))).contains(Edit.of(Edit.Kind.BACKSPACE));
        assertThat(KeyMap.editing(new KeyStroke(KeyType.Backspace))).contains(Edit.of(Edit.Kind.BACKSPACE));
        assertThat(KeyMap.editing(new KeyStroke('c', true, false))).contains(Edit.of(Edit.Kind.QUIT));
    }

    @Test
    void everyNavigationKeyTheHelpListsIsBound() {
        assertThat(KeyMap.DASHBOARD_HELP).extracting(hint -> hint.key()).contains("?", "/", "Enter", "v", "t", "s");
    }
}
