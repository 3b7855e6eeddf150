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

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.DataSafety;
import vn.sochibo.core.BuildInfo;
import vn.sochibo.core.LogFiles;
import vn.sochibo.core.Services;
import vn.sochibo.storage.DataLocation;

/**
 * {@code sochibo}: the command line over the same services as the app. It never starts JavaFX.
 * Output is UTF-8; errors are one Vietnamese sentence on stderr and a non-zero exit code, never a stack trace; it
 * logs to the data folder's {@code logs/sochibo.log} as the window does.
 */
@Command(name = "sochibo", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true, versionProvider = SoChiBoCli.Version.class,
        subcommands = {DemoCommand.class, MembersCommand.class, MeetingsCommand.class, AdmissionsCommand.class, ElectionCommand.class,
                BackupCommand.class, EvaluationCommand.class, DuesCommand.class})
public final class SoChiBoCli {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.data-dir",
            scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.password-file",
            scope = CommandLine.ScopeType.INHERIT)
    Path passwordFile;

    /** Where the password comes from when no file is given (never from an argument: those show in process lists). */
    static final String PASSWORD_VARIABLE = "SOCHIBO_PASSWORD";

    private Clock clock = Clock.systemDefaultZone();

    public static void main(String[] args) {
        BuildInfo.quietLibraries();
        vn.sochibo.storage.DataLock.identifyAs(vn.sochibo.storage.DataLock.Holder.COMMAND_LINE);
        logLikeTheWindow(args);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemDefaultZone()));
    }

    /** Runs the command line with the given streams and clock; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        SoChiBoCli root = new SoChiBoCli();
        root.clock = clock;
        CommandLine cli = commandLine(root);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(failureLine(e, commandLine.getCommandName()));
            return 2;
        });
        cli.setParameterExceptionHandler(SoChiBoCli::badCommandLine);
        return cli.execute(args);
    }

    /**
     * The log file of the data folder named on the command line (or the default one), chosen before the first
     * logger exists, exactly as the window's Launcher does. When no log file can be made there (a read-only
     * folder), logging is switched off rather than falling back to the console: no stack trace ever reaches the
     * user's terminal.
     */
    static void logLikeTheWindow(String[] args) {
        Path log;
        try {
            log = LogFiles.configure(DataLocation.resolve(dataDirArgument(args)));
        } catch (RuntimeException e) {
            log = null;
        }
        if (log == null && LogFiles.file() == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        }
    }

    /** {@code --data-dir DIR} or {@code --data-dir=DIR} anywhere on the command line (it is inherited), or null. */
    static Path dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return null;
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }

    /**
     * The one line the user gets for a failed command: what went wrong and where, in Vietnamese, never a stack
     * trace. A refusal the program foresaw (a {@link UserFacingException} without a cause) is all there is to say;
     * anything else is logged with its trace, and the line ends with the log file's path.
     */
    static String failureLine(Throwable e, String command) {
        Messages messages = Messages.forLanguage("vi");
        String line = messages.get("cli.error.prefix") + " " + messages.describe(e).replaceAll("\\s*\\R\\s*", "; ");
        // the logger is made here, not in a static field, so that main has chosen the log file first
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SoChiBoCli.class);
        if (e instanceof UserFacingException u && e.getCause() == null) {
            log.warn("sochibo {}: {}", command, u.messageKey());
            return line;
        }
        log.error("sochibo {} failed", command, e);
        Path file = LogFiles.file();
        return file == null ? line : line + " " + messages.get("cli.error.logged", file.toString());
    }

    /**
     * A command line picocli cannot parse: what is wrong in Vietnamese (picocli's own words are English), then the
     * usage of the command concerned. Exit code 2.
     */
    private static int badCommandLine(picocli.CommandLine.ParameterException e, String[] args) {
        Messages messages = Messages.forLanguage("vi");
        CommandLine cl = e.getCommandLine();
        String what;
        if (e instanceof picocli.CommandLine.UnmatchedArgumentException unmatched) {
            what = messages.get("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
        } else if (e instanceof picocli.CommandLine.MissingParameterException missing) {
            what = messages.get("cli.error.missing", missing.getMissing().stream()
                    .map(arg -> arg instanceof picocli.CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", ")));
        } else if (e.getArgSpec() != null && e.getValue() != null) {
            picocli.CommandLine.Model.ArgSpec arg = e.getArgSpec();
            String name = arg instanceof picocli.CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
            what = messages.get("cli.error.value", name, e.getValue());
        } else if (e.getArgSpec() == null && !cl.getSubcommands().isEmpty()) {
            what = messages.get("cli.error.subcommand");
        } else {
            what = messages.get("cli.error.syntax", e.getMessage());
        }
        cl.getErr().println(messages.get("cli.error.prefix") + " " + what);
        cl.usage(cl.getErr());
        return 2;
    }

    /** The command tree of {@code root}, every command and subcommand answering {@code -h} / {@code --help}. */
    static CommandLine commandLine(SoChiBoCli root) {
        CommandLine cli = new CommandLine(root);
        java.util.Deque<CommandLine> todo = new java.util.ArrayDeque<>(cli.getSubcommands().values());
        while (!todo.isEmpty()) {
            CommandLine sub = todo.poll();
            picocli.CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.addOption(picocli.CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .descriptionKey("help").description(root.helpText()).build());
            }
            todo.addAll(sub.getSubcommands().values());
        }
        return cli;
    }

    private String helpText() {
        return java.util.ResourceBundle.getBundle("i18n.cli").getString("help");
    }

    /** Opens the services on the chosen data folder; the caller closes them. */
    Services openServices() {
        DataLocation location = DataLocation.resolve(dataDir);
        String password = password();
        DataSafety safety = DataSafety.of(location, clock);
        DataSafety.State state = safety.state(); // finishes or undoes a restore a kill interrupted
        vn.sochibo.common.Problem notice = safety.takeRestoreNotice();
        if (notice != null) {
            System.err.println(Messages.forLanguage("vi").describe(notice));
        }
        return switch (state) {
            case ENCRYPTED -> {
                if (password == null) {
                    throw new UserFacingException("cli.error.passwordNeeded", null, PASSWORD_VARIABLE);
                }
                yield Services.open(location, safety.unlock(password), clock);
            }
            case NEW -> {
                if (password == null) {
                    yield Services.open(location, null, clock);
                }
                // a new data folder with a password: encrypted from the start; the recovery code is shown once
                DataSafety.Setup setup = safety.protectNew(password);
                System.err.println(Messages.forLanguage("vi").get("cli.recoveryCode", setup.recoveryCode()));
                yield Services.open(location, setup.key(), clock);
            }
            case PLAIN -> Services.open(location, null, clock);
        };
    }

    /** The password from {@code --password-file} (its first line) or {@code SOCHIBO_PASSWORD}, else null. */
    String password() {
        if (passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                return nfc(lines.isEmpty() ? "" : lines.get(0)); // the first line, as typed (spaces kept)
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new UserFacingException("cli.error.passwordFile", e, passwordFile.toString());
            }
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : nfc(fromEnvironment);
    }

    private static String nfc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    /** picocli version line: "Sổ Chi bộ 0.1.0 (2026-11-22)". */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo info = BuildInfo.load();
            return new String[] {Messages.forLanguage("vi").get("app.title") + " " + info.version() + " (" + info.buildDate() + ")"};
        }
    }
}
