package vn.sochibo.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.admission.service.AdmissionDocumentService;
import vn.sochibo.admission.service.AdmissionPipeline;
import vn.sochibo.admission.service.AdmissionReminders;
import vn.sochibo.admission.service.AdmissionService;
import vn.sochibo.admission.service.CandidateRepository;
import vn.sochibo.admission.service.DossierService;
import vn.sochibo.audit.AuditRepository;
import vn.sochibo.audit.AuditService;
import vn.sochibo.branch.BranchRepository;
import vn.sochibo.branch.BranchService;
import vn.sochibo.importing.ImportMappingRepository;
import vn.sochibo.importing.MemberExportService;
import vn.sochibo.importing.MemberImportService;
import vn.sochibo.common.Messages;
import vn.sochibo.election.service.BallotEntryRepository;
import vn.sochibo.election.service.CongressRepository;
import vn.sochibo.election.service.CongressService;
import vn.sochibo.election.service.ElectionDocumentService;
import vn.sochibo.election.service.ElectionRepository;
import vn.sochibo.election.service.ElectionService;
import vn.sochibo.election.service.ElectionStateService;
import vn.sochibo.election.service.OfficeListService;
import vn.sochibo.evaluation.service.EvaluationDocumentService;
import vn.sochibo.evaluation.service.EvaluationRepository;
import vn.sochibo.evaluation.service.EvaluationSample;
import vn.sochibo.evaluation.service.EvaluationService;
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
import vn.sochibo.storage.KeyFile;
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
    private final vn.sochibo.member.MemberCorrectionService corrections;
    private final BranchService branch;
    private final StatisticsService statistics;
    private final SampleBranchLoader samples;
    private final MemberImportService imports;
    private final MemberExportService exports;
    private final CongressService congresses;
    private final OfficeListService officeLists;
    private final ElectionService elections;
    private final ElectionDocumentService electionDocuments;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final AuditService audit;
    private final DatedSettingService datedSettings;
    private final RegisterBackups backups;
    private final DataSafety safety;
    private final EvaluationService evaluations;
    private final EvaluationDocumentService evaluationDocuments;
    private final AdmissionService admissions;
    private final AdmissionPipeline admissionPipeline;
    private final DossierService admissionDossier;
    private final AdmissionReminders admissionReminders;
    private final AdmissionDocumentService admissionDocuments;
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
        Backups folderBackups = new Backups(location, clock);
        this.backups = new RegisterBackups(database, location, key, folderBackups, preferences);
        this.safety = location == null ? null : new DataSafety(location, folderBackups, KeyFile.DEFAULT_ITERATIONS);
        this.members = new MemberService(database, new MemberRepository(), new MemberEventRepository(),
                new vn.sochibo.member.SubBranchRepository(), clock);
        this.corrections = new vn.sochibo.member.MemberCorrectionService(database, new MemberRepository(), new MemberEventRepository(),
                new vn.sochibo.member.SubBranchRepository(), new vn.sochibo.member.FollowUpRepository(), clock);
        this.branch = new BranchService(database, new BranchRepository(), clock);
        this.statistics = new StatisticsService(members, clock);
        this.imports = new MemberImportService(database, new ImportMappingRepository(), members, clock,
                () -> backups.safetyBackup("before-import"));
        this.exports = new MemberExportService(members, branch, clock, statistics);
        ElectionRepository electionRepository = new ElectionRepository();
        BallotEntryRepository ballotEntries = new BallotEntryRepository();
        this.congresses = new CongressService(database, new CongressRepository(), electionRepository, members, clock);
        ElectionStateService electionState = new ElectionStateService(congresses, electionRepository, ballotEntries);
        this.officeLists = new OfficeListService(database, congresses, electionRepository, electionState);
        this.elections = new ElectionService(database, congresses, electionRepository, ballotEntries, electionState,
                clock, () -> backups.safetyBackup("before-count"));
        // the count record and the ballot paper are Party documents: written in Vietnamese whatever the window's language
        this.electionDocuments = new ElectionDocumentService(database, congresses, electionState, ballotEntries, branch,
                Messages.forLanguage("vi"));
        this.meetings = new MeetingService(database, new MeetingRepository(), members, branch, clock);
        this.datedSettings = new DatedSettingService(database, new DatedSettingRepository(), clock);
        this.evaluations = new EvaluationService(database, new EvaluationRepository(), meetings, datedSettings, clock);
        this.evaluationDocuments = new EvaluationDocumentService(evaluations, meetings, members, datedSettings);
        this.admissions = new AdmissionService(database, new CandidateRepository(), members, meetings, datedSettings, clock);
        this.admissionPipeline = new AdmissionPipeline(admissions);
        this.admissionDossier = new DossierService(admissions);
        this.admissionReminders = new AdmissionReminders(admissions);
        this.admissionDocuments = new AdmissionDocumentService(admissions,
                location == null ? null : location.directory().resolve("templates"));
        meetings.addAgendaContributor(admissionReminders::agendaItems);
        vn.sochibo.dues.service.DuesRepository duesRepository = new vn.sochibo.dues.service.DuesRepository();
        this.dues = new vn.sochibo.dues.service.DuesService(database, duesRepository, members, datedSettings, clock);
        this.duesBook = new vn.sochibo.dues.service.DuesBookService(database, duesRepository, members, datedSettings, clock);
        this.duesDocuments = new vn.sochibo.dues.service.DuesDocumentService(duesBook, branch, datedSettings, clock);
        this.duesImports = new vn.sochibo.dues.service.DuesImportService(dues, members);
        meetings.setDuesNotices((issuer, date) -> duesBook.meetingFigures(issuer, date).map(f -> new vn.sochibo.meeting.DuesNotices.Notice(
                vn.sochibo.dues.Months.text(f.month()), f.paid(), f.owing(), vn.sochibo.dues.Dong.format(f.collected()),
                f.removalMonths(), f.removal(), f.behind())));
        this.samples = new SampleBranchLoader(branch, members, meetings, database, admissions, dues, duesBook);
        this.samples.addPart(new EvaluationSample(evaluations)::load);
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
        new Backups(location, clock).recover(); // a restore an earlier run left half done: finished or undone first
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

    /** Deleting and amending what was entered by mistake, and undoing the window's last changes. */
    public vn.sochibo.member.MemberCorrectionService corrections() {
        return corrections;
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

    /** The register's backups: automatic, by hand, listed and deleted; how many to keep. */
    public RegisterBackups backups() {
        return backups;
    }

    /**
     * Password, encryption and restore of the data folder (null for an in-memory register). The whole-register
     * changes take this open register and close it.
     */
    public DataSafety safety() {
        return safety;
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

    /** The offices of a congress and their candidate lists. */
    public OfficeListService officeLists() {
        return officeLists;
    }

    /** The rounds of an office: ballots, the count, the congress's decisions. */
    public ElectionService elections() {
        return elections;
    }

    /** The files of a round: count record, ballot paper, tally and entry log. */
    public ElectionDocumentService electionDocuments() {
        return electionDocuments;
    }

    /** The dated settings (rates, wages, deadlines, cut-offs) in force for this register. */
    public DatedSettingService datedSettings() {
        return datedSettings;
    }

    /** The annual evaluation (đánh giá, xếp loại) of each chi bộ. */
    public EvaluationService evaluations() {
        return evaluations;
    }

    /** The evaluation year's documents (list of proposed grades, report). */
    public EvaluationDocumentService evaluationDocuments() {
        return evaluationDocuments;
    }

    /** The candidates register and each candidate's file (admission, probation). */
    public AdmissionService admissions() {
        return admissions;
    }

    /** The decisive steps of admission: votes, ceremony, full membership. */
    public AdmissionPipeline admissionPipeline() {
        return admissionPipeline;
    }

    /** A candidate's introducers, verification requests and accepted checks. */
    public DossierService admissionDossier() {
        return admissionDossier;
    }

    /** Admission's reminders and agenda items. */
    public AdmissionReminders admissionReminders() {
        return admissionReminders;
    }

    /** The chi bộ's own admission documents (.docx). */
    public AdmissionDocumentService admissionDocuments() {
        return admissionDocuments;
    }

    /**
     * The reminders of the other features for the register's list, soonest first among the register's own: the
     * admission deadlines and the dues book's rule of three and arrears. Off the FX thread.
     */
    public vn.sochibo.member.ReminderSource otherReminders() {
        return today -> {
            List<vn.sochibo.member.Reminder> all = new ArrayList<>(admissionReminders.reminders(today));
            all.addAll(duesBook.reminders(today));
            return all;
        };
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
