package vn.sochibo.ui;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard shortcuts of one screen: they work while the screen is in the window (not while another screen is
 * shown) and only for keys the focused control left alone, so Ctrl+Z in a text field still undoes the typing.
 * The key is said in the button's tooltip ("Thêm đảng viên (Ctrl+N)"). FX thread.
 */
public final class Shortcuts {

    private Shortcuts() {
    }

    /** Runs {@code action} on {@code keys} while {@code owner} is in a scene. */
    public static void install(Node owner, KeyCombination keys, Runnable action) {
        EventHandler<KeyEvent> handler = e -> {
            if (!e.isConsumed() && keys.match(e) && owner.isVisible() && !owner.isDisabled()) {
                e.consume();
                action.run();
            }
        };
        owner.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, handler);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, handler);
            }
        });
        Scene now = owner.getScene();
        if (now != null) {
            now.addEventHandler(KeyEvent.KEY_PRESSED, handler);
        }
    }

    /** {@link #install} for a button: the key fires it (when enabled), and its tooltip names the key. */
    public static void install(ButtonBase button, KeyCombination keys) {
        install((Node) button, keys, () -> {
            if (!button.isDisabled()) {
                button.fire();
            }
        });
        button.setTooltip(new Tooltip(hint(button.getText(), keys)));
    }

    /** "Thêm đảng viên (Ctrl+N)". */
    public static String hint(String text, KeyCombination keys) {
        return text + " (" + keys.getDisplayText() + ")";
    }
}
