package vn.sochibo.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.sochibo.settings.BackupFiles;
import vn.sochibo.storage.Backups;

/** {@link BackupFiles} with the system's folder and file dialogs. */
final class FxBackupFiles implements BackupFiles {

    private final Supplier<Window> owner;
    private final String fileType;

    FxBackupFiles(Supplier<Window> owner, String fileType) {
        this.owner = owner;
        this.fileType = fileType;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBackup(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(fileType + " (*" + Backups.SUFFIX + ")", "*.zip"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }
}
