package vn.sochibo.core;

import java.time.Clock;

import vn.sochibo.branch.BranchRepository;
import vn.sochibo.branch.BranchService;
import vn.sochibo.io.word.MinutesDocumentWriter;
import vn.sochibo.meeting.MeetingRepository;
import vn.sochibo.meeting.MeetingService;
import vn.sochibo.meeting.MinutesService;
import vn.sochibo.member.MemberEventRepository;
import vn.sochibo.member.MemberRepository;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.stats.StatisticsService;
import vn.sochibo.sample.SampleBranchLoader;
import vn.sochibo.storage.DataLocation;
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
    private final MeetingService meetings;
    private final MinutesService minutes;

    private Services(DataLocation location, Database database, Preferences preferences, Clock clock) {
        this.location = location;
        this.database = database;
        this.preferences = preferences;
        this.clock = clock;
        this.members = new MemberService(database, new MemberRepository(), new MemberEventRepository(),
                new vn.sochibo.member.SubBranchRepository(), clock);
        this.branch = new BranchService(database, new BranchRepository(), clock);
        this.statistics = new StatisticsService(members, clock);
        this.meetings = new MeetingService(database, new MeetingRepository(), members, branch, clock);
        this.samples = new SampleBranchLoader(branch, members, meetings);
        this.minutes = new MinutesService(meetings, new MinutesDocumentWriter(),
                location == null ? null : location.directory().resolve("templates").resolve("minutes.docx"));
    }

    /** Opens the branch database in {@code location} (migrating it) and wires everything. */
    public static Services open(DataLocation location, Clock clock) {
        location.ensureExists();
        Preferences preferences = Preferences.load(location.settingsFile());
        return new Services(location, Database.open(location), preferences, clock);
    }

    /** Everything on a fresh in-memory database: tests and benchmarks. */
    public static Services inMemory(Clock clock) {
        return new Services(null, Database.inMemory(), Preferences.inMemory(), clock);
    }

    public DataLocation location() {
        return location;
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

    public MeetingService meetings() {
        return meetings;
    }

    public MinutesService minutes() {
        return minutes;
    }

    @Override
    public void close() {
        database.close();
    }
}
