package vn.sochibo.branch;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import vn.sochibo.common.Problem;
import vn.sochibo.common.ValidationException;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/** The branch profile's use cases; each call is one transaction. Call from a background thread. */
public final class BranchService {

    private final Database database;
    private final BranchRepository repository;
    private final Clock clock;

    public BranchService(Database database, BranchRepository repository, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.clock = clock;
    }

    /** The profile, or empty when the first-run step has not been completed. */
    public Optional<BranchProfile> profile() {
        return database.read(repository::find);
    }

    /** Validates and stores the profile; throws {@link ValidationException} and changes nothing on errors. */
    public void save(BranchProfile profile) {
        List<Problem> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        database.write(Operation.of("audit.op.branch.save"), ctx -> {
            repository.save(ctx, profile, LocalDateTime.now(clock));
            return null;
        });
    }
}
