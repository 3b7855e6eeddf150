package vn.sochibo.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link SaveFiles} with the system's save dialog. */
public final class FxSaveFiles implements SaveFiles {

    private final Supplier<Window> owner;

    public FxSaveFiles(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The focused window of the app, or none: a save dialog may then open unparented. */
    public static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }

    @Override
    public Optional<Path> chooseSaveTarget(String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        chooser.setInitialDirectory(DocumentsFolder.find()); // not the program's folder
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
