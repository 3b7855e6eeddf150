package vn.sochibo.ui;

import javafx.scene.layout.StackPane;

/**
 * Holds the page shown in the main window, inside a {@link javafx.scene.control.ScrollPane} that fits it to the
 * window. A page that cannot shrink that far (a large text size on a 1366×768 screen) then scrolls, instead of
 * spilling over the menu or being cut off.
 * <p>
 * The scroll pane shows its vertical bar only when the content's minimum height <em>without</em> a given width
 * exceeds the window. A page with wrapping text is shorter when measured that way than it is at its real width,
 * so the page would be cut off with no bar to reach the rest: this pane reports its minimum height at the width it
 * has, and asks for another layout when that width changes (the bar, once shown, takes some of it).
 */
public class PageHost extends StackPane {

    public PageHost() {
        widthProperty().addListener((obs, before, after) -> {
            if (getParent() != null) {
                getParent().requestLayout();
            }
        });
    }

    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
    }
}
