package vn.sochibo.storage;

import java.nio.file.Path;

import vn.sochibo.TestClocks;

/**
 * A child process for the restore kill test: restores a backup into a data folder and stops dead (as kill -9
 * does: no shutdown hooks, no finally blocks) just before the named step of the swap.
 * Arguments: data folder, backup file, step, and the backup's password (or "-").
 */
public final class RestoreChild {

    private RestoreChild() {
    }

    public static void main(String[] args) {
        String step = args[2];
        RestoreJournal.stepHook = s -> {
            if (s.equals(step)) {
                System.out.println("HALT " + s);
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        };
        new Backups(DataLocation.at(Path.of(args[0])), TestClocks.FIXED).restore(Path.of(args[1]), null, "-".equals(args[3]) ? null : args[3]);
        System.out.println("DONE");
    }
}
