package vn.sochibo.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.sochibo.common.Messages;
import vn.sochibo.core.BuildInfo;
import vn.sochibo.core.Services;
import vn.sochibo.storage.DataLocation;

/**
 * {@code sochibo}: the command line over the same services as the app. It never starts JavaFX.
 * Output is UTF-8; errors are one Vietnamese sentence on stderr and a non-zero exit code.
 */
@Command(name = "sochibo", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true, versionProvider = SoChiBoCli.Version.class,
        subcommands = {DemoCommand.class, MembersCommand.class, MeetingsCommand.class, ElectionCommand.class, BackupCommand.class})
public final class SoChiBoCli {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.data-dir",
            scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    private Clock clock = Clock.systemDefaultZone();

    public static void main(String[] args) {
        BuildInfo.quietLibraries();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemDefaultZone()));
    }

    /** Runs the command line with the given streams and clock; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        SoChiBoCli root = new SoChiBoCli();
        root.clock = clock;
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Messages messages = Messages.forLanguage("vi");
            commandLine.getErr().println(messages.get("cli.error.prefix") + " " + messages.describe(e));
            return 2;
        });
        return cli.execute(args);
    }

    /** Opens the services on the chosen data folder; the caller closes them. */
    Services openServices() {
        return Services.open(DataLocation.resolve(dataDir), clock);
    }

    /** picocli version line: "Sổ Chi bộ 0.1.0 (2026-11-22)". */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo info = BuildInfo.load();
            return new String[] {"Sổ Chi bộ " + info.version() + " (" + info.buildDate() + ")"};
        }
    }
}
