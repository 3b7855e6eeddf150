package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;

/** {@code sochibo members export FILE.xlsx}: every member, laid out as offices send the list. */
@Command(name = "export")
final class MembersExportCommand implements Callable<Integer> {

    @ParentCommand
    MembersCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "cli.members-export.file-xlsx")
    Path file;

    @Override
    public Integer call() {
        int count;
        try (Services services = parent.root.openServices()) {
            count = services.exports().exportAll(file);
        }
        spec.commandLine().getOut().println(Messages.forLanguage("vi").get("cli.export.done", count, file));
        return 0;
    }
}
