package vn.sochibo.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;

/** {@code sochibo demo}: loads the sample branch into an empty register. */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    SoChiBoCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = root.openServices()) {
            int count = services.samples().load(true);
            spec.commandLine().getOut().println(Messages.forLanguage("vi").get("cli.demo.loaded", count,
                    services.location().directory().toString()));
            return 0;
        }
    }
}
