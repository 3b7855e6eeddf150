package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;

/** {@code sochibo backup create DIR | restore FILE | list}: verified backups of the branch database. */
@Command(name = "backup",
        subcommands = {BackupCommand.Create.class, BackupCommand.Restore.class, BackupCommand.ListBackups.class})
final class BackupCommand {

    @ParentCommand
    SoChiBoCli root;

    private static String describe(Messages m, Backups.Info info) {
        return m.get("cli.backup.info", info.file().toString(), Formats.date(info.created().toLocalDate()),
                info.created().toLocalTime().withNano(0).toString(), info.branch(), info.count("member"));
    }

    /** Writes a verified backup into DIR (a folder, a USB stick). */
    @Command(name = "create")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        BackupCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "THƯ_MỤC", descriptionKey = "cli.backup-create.folder")
        Path folder;

        @Override
        public Integer call() {
            try (Services services = parent.root.openServices()) {
                Backups.Info info = services.backups().backupInto(folder);
                spec.commandLine().getOut().println(describe(Messages.forLanguage("vi"), info));
                return 0;
            }
        }
    }

    /** Replaces the register with a backup, after backing up the current state. */
    @Command(name = "restore")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        BackupCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "TỆP", descriptionKey = "cli.backup-restore.file")
        Path file;

        @Override
        public Integer call() {
            Messages m = Messages.forLanguage("vi");
            DataLocation location = DataLocation.resolve(parent.root.dataDir);
            String password = parent.root.password();
            Backups backups = new Backups(location, Clock.systemDefaultZone());
            Backups.Info incoming = backups.read(file);
            if (incoming.unverified()) {
                spec.commandLine().getErr().println(m.get("safety.restore.unverified"));
            }
            Backups.Restored restored;
            if (java.nio.file.Files.exists(location.databaseFile())) {
                Services services = parent.root.openServices();
                try {
                    // the current key opens a backup made here; another's needs the same password/recovery code
                    var restore = services.safety().restore(services, file, password);
                    spec.commandLine().getOut().println(m.get("cli.backup.saferCopy", restore.saferCopy().file().toString()));
                    restored = restore.restored();
                } finally {
                    services.close();
                }
            } else {
                restored = backups.restore(file, null, password);
            }
            try (Services services = Services.open(location, restored.key(), Clock.systemDefaultZone())) {
                spec.commandLine().getOut().println(m.get("cli.backup.restored", describe(m, incoming),
                        services.members().list().size()));
            }
            return 0;
        }
    }

    /** Lists the automatic backups, newest first. */
    @Command(name = "list")
    static final class ListBackups implements Callable<Integer> {
        @ParentCommand
        BackupCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Messages m = Messages.forLanguage("vi");
            DataLocation location = DataLocation.resolve(parent.root.dataDir);
            Backups backups = new Backups(location, Clock.systemDefaultZone());
            for (Path p : Backups.list(location.backupDirectory())) {
                try {
                    spec.commandLine().getOut().println(describe(m, backups.check(p)));
                } catch (vn.sochibo.common.UserFacingException damaged) {
                    spec.commandLine().getOut().println(m.get("cli.backup.unusable", p.toString(), m.describe(damaged)));
                }
            }
            return 0;
        }
    }
}
