package vn.sochibo.core;

import java.time.Clock;

import vn.sochibo.audit.AuditRepository;
import vn.sochibo.audit.AuditService;
import vn.sochibo.branch.BranchRepository;
import vn.sochibo.branch.BranchService;
import vn.sochibo.importing.ImportMappingRepository;
import vn.sochibo.importing.MemberExportService;
import vn.sochibo.importing.MemberImportService;
import vn.sochibo.election.BallotEntryRepository;
import vn.sochibo.election.CongressRepository;
import vn.sochibo.election.CongressService;
import vn.sochibo.election.ElectionRepository;
import vn.sochibo.election.ElectionService;
import vn.sochibo.io.word.MinutesDocumentWriter;
import vn.sochibo.meeting.MeetingRepository;
import vn.sochibo.meeting.MeetingService;
import vn.sochibo.meeting.MinutesService;
import vn.sochibo.member.MemberEventRepository;
import vn.sochibo.member.MemberRepository;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.stats.StatisticsService;
import vn.sochibo.rulebook.service.DatedSettingRepository;
import vn.sochibo.rulebook.service.DatedSettingService;
import vn.sochibo.sample.SampleBranchLoader;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.DataLock;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Preferences;

/**
 * The composition root: builds the database, repositories and services once, in dependency order. It knows no
 * JavaFX, so the command line uses it without starting the toolkit, and the app builds its views on top.
 */
public final class Services implements AutoCloseable {

    private final DataLocation location;
    private final Database database;
    private final Preferences preferences;
    private final Clock clock;
    private final MemberService members;
    private final BranchService branch;
    private final StatisticsService statistics;
    private final SampleBranchLoader samples;
    private final MemberImportService imports;
    private final MemberExportService exports;
    private final CongressService congresses;
    private final ElectionService elections;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final AuditService audit;
    private final DatedSettingService datedSettings;
    private final vn.sochibo.dues.service.DuesService dues;
    private final vn.sochibo.dues.service.DuesBookService duesBook;
    private final vn.sochibo.dues.service.DuesDocumentService duesDocuments;
    private final vn.sochibo.dues.service.DuesImportService duesImports;

    private final vn.sochibo.storage.DatabaseKey key;
    private final DataLock lock;

    private Services(DataLocation location, Database database, Preferences preferences, Clock clock,
                     vn.sochibo.storage.DatabaseKey key, DataLock lock) {
        this.key = key;
        this.lock = lock;
        this.location = location;
        this.database = database;
        this.preferences = preferences;
        this.clock = clock;
        this.members = new MemberService(database, new MemberRepository(), new MemberEventRepository(),
                new vn.sochibo.member.SubBranchRepository(), clock);
        this.branch = new BranchService(database, new BranchRepository(), clock);
        this.statistics = new StatisticsService(members, clock);
        this.imports = new MemberImportService(database, new ImportMappingRepository(), members, clock,
                () -> safetyBackup("before-import"));
        this.exports = new MemberExportService(members, branch, clock, statistics);
        ElectionRepository electionRepository = new ElectionRepository();
        this.congresses = new CongressService(database, new CongressRepository(), electionRepository, members, clock);
        this.elections = new ElectionService(database, congresses, electionRepository, new BallotEntryRepository(),
                clock, () -> safetyBackup("before-count"));
        this.meetings = new MeetingService(database, new MeetingRepository(), members, branch, clock);
        this.datedSettings = new DatedSettingService(database, new DatedSettingRepository(), clock);
        vn.sochibo.dues.service.DuesRepository duesRepository = new vn.sochibo.dues.service.DuesRepository();
        this.dues = new vn.sochibo.dues.service.DuesService(database, duesRepository, members, datedSettings, clock);
        this.duesBook = new vn.sochibo.dues.service.DuesBookService(database, duesRepository, members, datedSettings, clock);
        this.duesDocuments = new vn.sochibo.dues.service.DuesDocumentService(duesBook, branch, datedSettings, clock);
        this.duesImports = new vn.sochibo.dues.service.DuesImportService(dues, members);
        members.addNotes(today -> duesBook.flags().stream()
                .map(f -> vn.sochibo.member.Reminder.note(f.memberId(), f.fullName(), today, f.message())).toList());
        meetings.setDuesNotices((issuer, date) -> duesBook.meetingFigures(issuer, date).map(f -> new vn.sochibo.meeting.DuesNotices.Notice(
                vn.sochibo.dues.Months.text(f.month()), f.paid(), f.owing(), vn.sochibo.dues.Dong.format(f.collected()),
                f.removalMonths(), f.removal(), f.behind())));
        this.samples = new SampleBranchLoader(branch, members, meetings, database, dues, duesBook);
        this.minutes = new MinutesService(meetings, new MinutesDocumentWriter(),
                location == null ? null : location.directory().resolve("templates").resolve("minutes.docx"));
        this.audit = new AuditService(database, new AuditRepository());
    }

    /** Opens the branch database in {@code location} (migrating it) and wires everything. */
    public static Services open(DataLocation location, Clock clock) {
        return open(location, null, clock);
    }

    /** Opens the branch database encrypted with {@code key} (null: a register without a password). */
    public static Services open(DataLocation location, vn.sochibo.storage.DatabaseKey key, Clock clock) {
        location.ensureExists();
        DataSafety.finishInterruptedRestore(location);
        // the folder is this program's until close(): another window or the command line is told and touches nothing
        DataLock lock = DataLock.acquire(location);
        try {
            Preferences preferences = Preferences.load(location.settingsFile());
            return new Services(location, Database.open(location, key), preferences, clock, key, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Everything on a fresh in-memory database: tests and benchmarks. */
    public static Services inMemory(Clock clock) {
        return new Services(null, Database.inMemory(), Preferences.inMemory(), clock, null, null);
    }

    public DataLocation location() {
        return location;
    }

    /** The key the database is encrypted with, or null (kept in memory only, to reopen after a restore). */
    public vn.sochibo.storage.DatabaseKey key() {
        return key;
    }

    public Database database() {
        return database;
    }

    public Preferences preferences() {
        return preferences;
    }

    public Clock clock() {
        return clock;
    }

    public MemberService members() {
        return members;
    }

    public BranchService branch() {
        return branch;
    }

    public StatisticsService statistics() {
        return statistics;
    }

    public SampleBranchLoader samples() {
        return samples;
    }

    /**
     * Takes the day's automatic backup if there is none yet, then keeps only the newest {@code backup.keep}
     * (default 10). Returns the backup taken, or null. Slow for big registers: call off the FX thread.
     */
    public Backups.Info dailyBackup() {
        if (location == null) {
            return null;
        }
        String today = java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.now(clock));
        boolean done = Backups.list(location.backupDirectory()).stream()
                .anyMatch(p -> p.getFileName().toString().startsWith("sochibo-" + today));
        if (done) {
            return null;
        }
        var info = Backups.createIfChanged(database, location.backupDirectory(), "daily", clock);
        Backups.prune(location.backupDirectory(), backupsToKeep());
        return info;
    }

    /**
     * A verified backup into the automatic backup folder before a risky change (import, restore, count commit),
     * then pruning; none when the newest backup already holds this very data (see {@link Backups#createIfChanged}).
     * In-memory databases (tests) have nothing to back up.
     */
    public Backups.Info safetyBackup(String reason) {
        if (location == null) {
            return null;
        }
        var info = Backups.createIfChanged(database, location.backupDirectory(), reason, clock);
        Backups.prune(location.backupDirectory(), backupsToKeep());
        return info;
    }

    /** How many automatic backups to keep (setting {@code backup.keep}, at least 2). */
    public int backupsToKeep() {
        try {
            return Math.max(2, Integer.parseInt(preferences.get("backup.keep", "10")));
        } catch (NumberFormatException e) {
            return 10;
        }
    }

    public MemberImportService imports() {
        return imports;
    }

    public MemberExportService exports() {
        return exports;
    }

    public CongressService congresses() {
        return congresses;
    }

    public ElectionService elections() {
        return elections;
    }

    /** The dated settings (rates, wages, deadlines, cut-offs) in force for this register. */
    public DatedSettingService datedSettings() {
        return datedSettings;
    }

    /** The dues book's changes: bases, decisions, what was paid. */
    public vn.sochibo.dues.service.DuesService dues() {
        return dues;
    }

    /** The dues book read: a month, a year, statistics, reminders. */
    public vn.sochibo.dues.service.DuesBookService duesBook() {
        return duesBook;
    }

    /** Dues bases imported from an .xlsx list. */
    public vn.sochibo.dues.service.DuesImportService duesImports() {
        return duesImports;
    }

    /** The dues documents: the month's list, the year's book. */
    public vn.sochibo.dues.service.DuesDocumentService duesDocuments() {
        return duesDocuments;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public MinutesService minutes() {
        return minutes;
    }

    /** The audit log (read-only; the database writes it). */
    public AuditService audit() {
        return audit;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
