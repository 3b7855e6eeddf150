package vn.sochibo.cli;

import picocli.CommandLine.Command;

/** {@code sochibo election ...}: congress and election counting from the command line. */
@Command(name = "election", description = "Đại hội và bầu cử.", subcommands = ElectionTallyCommand.class)
final class ElectionCommand {
}
