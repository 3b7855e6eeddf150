package vn.sochibo.storage;

import java.nio.file.Paths;

/** Test helper run as a child process: opens the database in args[0], says READY, holds it until stdin closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.open(DataLocation.at(Paths.get(args[0])))) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the database until the parent closes our stdin
            }
        }
    }
}
