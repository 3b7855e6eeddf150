package vn.sochibo.app;

import java.time.Clock;
import java.util.Optional;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.core.Services;
import vn.sochibo.member.MemberListViewModel;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.DatabaseKey;

/**
 * An opened register with what the first screen shows (the branch profile, the member list), read in the same
 * background step as the opening, so the main window's first frame is already complete.
 */
record OpenedRegister(Services services, Optional<BranchProfile> profile, MemberListViewModel.Loaded members) {

    /** Opens the register in {@code location} with {@code key} (null: no password) and reads the first screen. Not on the FX thread. */
    static OpenedRegister open(DataLocation location, DatabaseKey key, Clock clock) {
        Services services = Services.open(location, key, clock);
        try {
            Optional<BranchProfile> profile = services.branch().profile();
            return new OpenedRegister(services, profile, MemberListViewModel.load(services.members(),
                    services.otherReminders()));
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    boolean configured() {
        return profile.isPresent();
    }
}
