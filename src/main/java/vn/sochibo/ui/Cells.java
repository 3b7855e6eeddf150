package vn.sochibo.ui;

import javafx.scene.control.TableCell;

/** Table cells shared by the screens. FX thread. */
public final class Cells {

    private Cells() {
    }

    /** A text cell that wraps onto more lines instead of ending in "…" (long names, events, file headers). */
    public static <S> TableCell<S, String> wrapping() {
        TableCell<S, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        return cell;
    }
}
