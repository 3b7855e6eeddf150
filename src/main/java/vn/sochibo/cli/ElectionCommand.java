package vn.sochibo.cli;

import picocli.CommandLine.Command;

/** {@code sochibo election ...}: congress and election counting from the command line. */
@Command(name = "election", subcommands = ElectionTallyCommand.class)
final class ElectionCommand {
}
