package vn.sochibo.sample;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.sochibo.admission.service.AdmissionService;
import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.meeting.AgendaItem;
import vn.sochibo.meeting.Assignment;
import vn.sochibo.meeting.AssignmentStatus;
import vn.sochibo.meeting.Attendance;
import vn.sochibo.meeting.CarriedAssignment;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.MeetingDraft;
import vn.sochibo.meeting.MeetingService;
import vn.sochibo.meeting.MeetingType;
import vn.sochibo.meeting.Resolution;
import vn.sochibo.meeting.ResolutionKind;
import vn.sochibo.meeting.RollEntry;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.PoliticalTheory;
import vn.sochibo.storage.Database;
import vn.sochibo.storage.Operation;

/**
 * Loads the realistic sample branch that ships in {@code samples/} (inside the jar as {@code /samples/}):
 * the profile, the sub-branches, every member with its history, a few months of meetings and candidates for admission
 * at several stages, in one transaction.
 */
public final class SampleBranchLoader {

    public static final String RESOURCE = "/samples/chi-bo-mau.json";
    public static final String MEETINGS_RESOURCE = "/samples/sinh-hoat-mau.json";
    public static final String DUES_RESOURCE = "/samples/dang-phi-mau.json";

    private final BranchService branch;
    private final MemberService members;
    private final MeetingService meetings;
    private final Database database;
    private final SampleCandidates candidates;
    private final vn.sochibo.dues.service.DuesService dues;
    private final vn.sochibo.dues.service.DuesBookService duesBook;
    /** Runs between the members and the meetings; tests make it fail to prove the load is all or nothing. */
    Runnable afterMembers = () -> { };
    /** Further parts of the sample (other features' data), loaded after the meetings in the same transaction. */
    private final List<Runnable> parts = new ArrayList<>();

    /**
     * @param database names the load one user action ("Nạp dữ liệu mẫu") in the audit log
     * @param admissions the candidates register (the sample has candidates at several stages)
     * @param dues       the dues book (the sample has a dues year, loaded before the meetings that announce it)
     */
    public SampleBranchLoader(BranchService branch, MemberService members, MeetingService meetings, Database database,
                              AdmissionService admissions, vn.sochibo.dues.service.DuesService dues,
                              vn.sochibo.dues.service.DuesBookService duesBook) {
        this.candidates = new SampleCandidates(admissions, meetings);
        this.branch = branch;
        this.members = members;
        this.meetings = meetings;
        this.database = database;
        this.dues = dues;
        this.duesBook = duesBook;
    }

    /**
     * Adds a part of the sample that another feature loads (through its own service) after the members and the
     * meetings, inside the same transaction, when the register has a branch profile. Wire it before the first load.
     */
    public void addPart(Runnable part) {
        parts.add(part);
    }

    /** Reads the bundled sample file. */
    public SampleBranch read() {
        return read(RESOURCE, SampleBranch.class);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = SampleBranchLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UserFacingException("sample.error.missing");
            }
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UserFacingException("sample.error.read", e, e.getMessage());
        }
    }

    /**
     * Loads the sample into the register, all of it in one transaction: after a failure or a killed process
     * nothing of it is stored, so the next try starts from an empty register. Refuses (changing nothing) when
     * the register already has members.
     *
     * @param withProfile also store the sample's branch profile (the {@code demo} command; the first-run step
     *                    keeps the profile the clerk typed)
     * @return how many members were loaded
     */
    public int load(boolean withProfile) {
        return database.writeAll(Operation.of("audit.op.sample"), () -> loadAll(withProfile));
    }

    private int loadAll(boolean withProfile) {
        SampleBranch sample = read();
        if (!members.list().isEmpty()) {
            throw new UserFacingException("sample.error.notEmpty");
        }
        if (withProfile) {
            SampleBranch.Profile p = sample.profile();
            branch.save(new BranchProfile(p.branchName(), p.upperBody(), p.placeName(), p.term(), BranchKind.valueOf(p.kind())));
        }
        List<MemberService.NewMember> newMembers = new ArrayList<>();
        for (SampleBranch.SampleMember m : sample.members()) {
            MemberDraft draft = new MemberDraft(m.fullName(), m.otherNames(), Gender.valueOf(m.gender()), m.birthDate(),
                        m.birthYear(), m.birthPlace(), m.homeTown(), m.residence(), m.ethnicity(), m.religion(),
                        m.personalId(), m.partyCardNumber(), m.recordNumber(), m.generalEducation(), m.professionalLevel(),
                        m.politicalTheory() == null ? null : PoliticalTheory.valueOf(m.politicalTheory()),
                        m.occupation(), m.jobPosition(), m.partyPosts(), m.youthUnionDate(), m.admissionDecisionDate(),
                        m.joinedDate(), m.officialDate(), m.subBranch(), m.phone(), m.notes());
                List<EventDraft> history = new ArrayList<>();
                for (SampleBranch.SampleEvent e : m.events()) {
                    history.add(new EventDraft(MemberEventType.valueOf(e.type()), e.date(), e.endDate(), e.documentRef(), e.note()));
                }
            newMembers.add(new MemberService.NewMember(draft, history));
        }
        int loaded = members.createAllWithHistory(newMembers).size();
        afterMembers.run();
        // the dues year first: the meetings' agendas announce the month before's collection
        read(DUES_RESOURCE, SampleDues.class).load(members.list(), dues, duesBook);
        if (branch.profile().isPresent()) {
            loadMeetings();
            candidates.load(read(SampleCandidates.RESOURCE, SampleCandidates.File.class), meetings.issuers(), members.list(),
                    meetings.list());
            parts.forEach(Runnable::run);
        }
        return loaded;
    }

    /** Adds the sample meetings (a few months of one chi bộ) through the meeting service, one meeting at a time. */
    private void loadMeetings() {
        List<String> issuers = meetings.issuers();
        for (SampleMeetings.SampleMeeting sample : read(MEETINGS_RESOURCE, SampleMeetings.class).meetings()) {
            // the meetings go to a chi bộ the meetings screen offers: the sample's own under a đảng bộ profile,
            // the clerk's chi bộ otherwise (so its list, book, absences and open tasks are usable from the window)
            SampleMeetings.SampleMeeting s = issuers.contains(sample.issuer()) || issuers.isEmpty() ? sample
                    : sample.withIssuer(issuers.get(0));
            MeetingType type = MeetingType.valueOf(s.type());
            Meeting prepared = meetings.prepare(s.issuer(), type, s.date());
            MeetingDraft h = prepared.header();
            MeetingDraft header = new MeetingDraft(type, s.subject() != null ? s.subject() : h.subject(), s.date(), s.start(),
                    s.end(), s.place(), s.chair(), s.secretary(), s.guests(), null);
            List<RollEntry> roll = new ArrayList<>();
            for (RollEntry r : prepared.roll()) {
                SampleMeetings.Absence absence = s.absences() == null ? null
                        : s.absences().stream().filter(a -> a.name().equals(r.fullName())).findFirst().orElse(null);
                roll.add(absence == null ? r : r.with(Attendance.valueOf(absence.attendance()), absence.reason()));
            }
            List<AgendaItem> agenda = new ArrayList<>();
            for (AgendaItem item : prepared.agenda()) {
                SampleMeetings.Notes notes = s.notes() == null ? null : s.notes().get(item.title());
                agenda.add(notes == null ? item : item.withNotes(notes.report(), notes.speakers(), notes.conclusion()));
            }
            List<Resolution> resolutions = new ArrayList<>();
            for (SampleMeetings.SampleResolution r : s.resolutions()) {
                resolutions.add(new Resolution(ResolutionKind.valueOf(r.kind()), r.content(), r.votesFor(), r.against(), r.other()));
            }
            List<Assignment> assignments = new ArrayList<>();
            for (CarriedAssignment open : meetings.openAssignmentsBefore(s.issuer(), s.date(), 0)) {
                Assignment a = open.assignment();
                if (s.done() != null && s.done().contains(a.task())) {
                    meetings.markDone(a.id());
                } else if (s.carry() != null && s.carry().contains(a.task())) {
                    assignments.add(new Assignment(0, a.assignee(), a.task(), a.dueDate(), AssignmentStatus.OPEN, a.id()));
                }
            }
            for (SampleMeetings.SampleAssignment a : s.assignments()) {
                assignments.add(Assignment.open(a.assignee(), a.task(), a.due()));
            }
            meetings.save(new Meeting(0, header, prepared.issuer(), prepared.term(), prepared.number(), agenda, roll,
                    resolutions, assignments));
        }
    }
}
