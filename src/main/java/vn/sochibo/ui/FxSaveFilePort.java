package vn.sochibo.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The app's {@link SaveFilePort}: a JavaFX file chooser over the main window. */
public final class FxSaveFilePort implements SaveFilePort {

    private final Supplier<Window> owner;

    /**
     * A port showing its chooser over a window.
     *
     * @param owner the window, looked up when asking
     */
    public FxSaveFilePort(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> ask(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        int dot = suggestedName.lastIndexOf('.');
        if (dot > 0) {
            String extension = suggestedName.substring(dot);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, "*" + extension));
        }
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
