package vn.sochibo.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.member.MemberRepository;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.DatabaseKey;
import vn.sochibo.storage.Preferences;

/**
 * The backups of the open register: the automatic ones (the day's, and before a risky change) with their
 * retention, a backup by hand into any folder, the list, preview and deletion the settings page offers, and how
 * many automatic backups to keep. An in-memory register (tests) has none. Slow for big registers: call off the
 * FX thread. The rules: src/site/rules.md, "Sao lưu và khôi phục".
 */
public final class RegisterBackups {

    private final Database database;
    private final DataLocation location;
    private final DatabaseKey key;
    private final Backups backups;
    private final Preferences preferences;

    /**
     * @param location the data folder (null: an in-memory register, which has no backups)
     * @param key      the key the register is encrypted with, or null
     */
    public RegisterBackups(Database database, DataLocation location, DatabaseKey key, Backups backups, Preferences preferences) {
        this.database = database;
        this.location = location;
        this.key = key;
        this.backups = backups;
        this.preferences = preferences;
    }

    /** False for an in-memory register (tests), which keeps no backups. */
    public boolean available() {
        return location != null;
    }

    /** True when the register, and so every backup it makes, is encrypted. */
    public boolean encrypted() {
        return database.encrypted();
    }

    /**
     * Takes the day's automatic backup if there is none yet, then keeps only the newest {@link #toKeep} (and the
     * last of each older day). Returns the backup taken, or null. None of a register with no member yet (the first
     * start, before the sample or the clerk's list is in): it would protect nothing and take the day's place, so the
     * day's backup is taken at the next start instead (rules.md, "Sao lưu và khôi phục").
     */
    public Backups.Info dailyBackup() {
        if (location == null || database.read(ctx -> new MemberRepository().count(ctx)) == 0) {
            return null;
        }
        String today = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(backups.clock()));
        boolean done = Backups.list(location.backupDirectory()).stream()
                .anyMatch(p -> p.getFileName().toString().startsWith("sochibo-" + today));
        return done ? null : automatic("daily");
    }

    /**
     * A verified backup into the automatic backup folder before a risky change (import, restore, count commit),
     * then pruning; none when the newest backup already holds this very data (see {@link Backups#createIfChanged}).
     */
    public Backups.Info safetyBackup(String reason) {
        return location == null ? null : automatic(reason);
    }

    private Backups.Info automatic(String reason) {
        Backups.Info info = backups.createIfChanged(database, location.backupDirectory(), reason);
        Backups.prune(location.backupDirectory(), toKeep());
        return info;
    }

    /** "Sao lưu ngay": a verified backup into {@code folder} (a USB stick, another disk). */
    public Backups.Info backupInto(Path folder) {
        return backups.create(database, folder, "manual");
    }

    /** The automatic backups, newest first, each quickly checked; unreadable files are left out. */
    public List<Backups.Info> list() {
        List<Backups.Info> found = new ArrayList<>();
        if (location == null) {
            return found;
        }
        for (Path p : Backups.list(location.backupDirectory())) {
            try {
                found.add(backups.check(p));
            } catch (RuntimeException unreadable) {
                // a foreign or damaged file in the folder is not a backup to offer
            }
        }
        return found;
    }

    /** What a backup holds, for the preview before a restore (its data is checked by the restore itself). */
    public Backups.Info read(Path backup) {
        return backups.read(backup);
    }

    /** Deletes one backup the clerk chose to delete. */
    public void delete(Path backup) {
        Backups.delete(backup);
    }

    /** True when restoring {@code info} needs the password of when it was made (another computer's key). */
    public boolean needsPassword(Backups.Info info) {
        return info.encrypted() && (key == null || !key.fingerprint().equals(info.keyFile().fingerprint()));
    }

    /** How many automatic backups to keep (setting {@code backup.keep}, at least 2). */
    public int toKeep() {
        try {
            return Math.max(2, Integer.parseInt(preferences.get("backup.keep", "10")));
        } catch (NumberFormatException e) {
            return 10;
        }
    }

    /** Stores how many automatic backups to keep, within 2–100; returns the number stored. */
    public int keep(int count) {
        int n = Math.max(2, Math.min(100, count));
        preferences.put("backup.keep", Integer.toString(n));
        return n;
    }
}
