package vn.sochibo.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.sochibo.common.Messages;

/**
 * {@link FileDialogs} with the system's dialogs over the focused window of the app (else the main one). The
 * first dialog opens in the user's Documents folder; the next ones where the clerk last chose a file.
 */
public final class FxFileDialogs implements FileDialogs {

    private final Supplier<Window> mainWindow;
    private final Supplier<Messages> messages;
    private Path lastFolder;

    /**
     * @param mainWindow the window a dialog belongs to when none of the app's windows has the focus
     * @param messages   for what the dialogs call the kinds of files (in the language chosen at the time)
     */
    public FxFileDialogs(Supplier<Window> mainWindow, Supplier<Messages> messages) {
        this.mainWindow = mainWindow;
        this.messages = messages;
    }

    @Override
    public Optional<Path> open(String title, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        return remember(chooser.showOpenDialog(owner()));
    }

    @Override
    public Optional<Path> save(String title, FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder().toFile());
        File folder = chooser.showDialog(owner());
        if (folder != null) {
            lastFolder = folder.toPath();
        }
        return Optional.ofNullable(folder).map(File::toPath);
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder().toFile());
        String[] patterns = kind.extensions().stream()
                .flatMap(e -> java.util.stream.Stream.of("*." + e, "*." + e.toUpperCase(java.util.Locale.ROOT)))
                .toArray(String[]::new);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get().get(kind.label()), patterns));
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null && file.toPath().getParent() != null) {
            lastFolder = file.toPath().getParent();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Where a dialog opens: the folder last chosen, else the user's Documents folder, else the home folder. */
    private Path startFolder() {
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            return lastFolder;
        }
        return documentsFolder(Path.of(System.getProperty("user.home")));
    }

    /**
     * The user's Documents folder: the one the Linux desktop names in {@code ~/.config/user-dirs.dirs} (it may be
     * "Tài liệu"), else {@code Documents} in the home folder (Windows, macOS, most desktops), else the home folder.
     */
    static Path documentsFolder(Path home) {
        Path named = xdgDocuments(home);
        if (named != null && Files.isDirectory(named)) {
            return named;
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static Path xdgDocuments(Path home) {
        Path dirs = home.resolve(".config").resolve("user-dirs.dirs");
        if (!Files.isRegularFile(dirs)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(dirs, java.nio.charset.StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.startsWith("XDG_DOCUMENTS_DIR=")) {
                    String value = t.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", "");
                    return value.startsWith("$HOME/") ? home.resolve(value.substring("$HOME/".length()))
                            : value.startsWith("/") ? Path.of(value) : null;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null; // an unreadable or odd file: the usual folder
        }
        return null;
    }

    private Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(mainWindow);
    }
}
