package vn.sochibo.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfile;
import vn.sochibo.core.Services;
import vn.sochibo.meeting.Meeting;
import vn.sochibo.meeting.MeetingDraft;
import vn.sochibo.meeting.MeetingType;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;

/**
 * A chi bộ of 18 official members (N = 18 when all attend, as in T-A1) on a fresh in-memory register, with helpers
 * to hold meetings and prepare a candidate ready for the vote.
 */
final class AdmissionFixture implements AutoCloseable {

    static final String CHI_BO = "Chi bộ Phòng Tổ chức";
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đông",
        "Vũ Thị Giang", "Đỗ Văn Hải", "Bùi Thị Hạnh", "Đặng Văn Khoa", "Ngô Thị Lan", "Dương Văn Minh", "Lý Thị Nga",
        "Hồ Văn Phong", "Mai Thị Quỳnh", "Trịnh Văn Sơn", "Đinh Thị Tâm", "Lương Văn Uy", "Tạ Thị Vân"};

    final Services services;
    final List<Long> members = new ArrayList<>();

    /** The register as of {@code today} (09:00 in Hà Nội). */
    AdmissionFixture(LocalDate today) {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        services = Services.inMemory(Clock.fixed(today.atTime(9, 0).atZone(zone).toInstant(), zone));
        services.branch().save(new BranchProfile(CHI_BO, "Đảng bộ Sở Nội vụ", "Thanh Hóa", "2025–2030", BranchKind.CHI_BO));
        for (int i = 0; i < NAMES.length; i++) {
            MemberDraft draft = MemberDraft.minimal(NAMES[i], i % 2 == 0 ? Gender.NAM : Gender.NU, 1975 + i, LocalDate.of(2005, 3, 1))
                    .withOfficialDate(LocalDate.of(2006, 3, 1));
            members.add(services.members().create(draft));
        }
    }

    /** Holds (stores) a regular meeting of the chi bộ on {@code date}, everyone present; returns its id. */
    long meeting(LocalDate date) {
        Meeting m = services.meetings().prepare(CHI_BO, MeetingType.REGULAR, date);
        MeetingDraft header = new MeetingDraft(MeetingType.REGULAR, m.header().subject(), date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), "Phòng họp tầng 3", NAMES[0], NAMES[1], null, null);
        return services.meetings().save(new Meeting(0, header, m.issuer(), m.term(), m.number(), m.agenda(), m.roll(),
                List.of(), List.of()));
    }

    /**
     * A candidate born 10/01/1998 with the file complete for a vote in May 2026: class certificate, application,
     * biography, two introducers together since 2020, a verification received on 02/03/2026 (T-A7) and answered,
     * the opinions, the chi ủy's summary and comment, the đảng ủy's certification.
     */
    long readyCandidate() {
        var admissions = services.admissions();
        long id = admissions.add(new CandidateProfile(CHI_BO, "Lê Thị Hoa", "NU", LocalDate.of(1998, 1, 10), "xã Hoằng Lộc",
                "phường Hạc Thành", "Chuyên viên", "12/12", "Kinh", "Không", null), IntroducerRoute.TWO_MEMBERS, members.get(2),
                LocalDate.of(2025, 9, 1), null);
        admissions.recordStep(id, new StepRecord(Step.CLASS_CERTIFICATE, LocalDate.of(2025, 10, 1), "GCN 12", null, null));
        admissions.recordStep(id, new StepRecord(Step.APPLICATION, LocalDate.of(2026, 1, 15), null, null, null));
        admissions.recordStep(id, new StepRecord(Step.BIOGRAPHY, LocalDate.of(2026, 1, 20), null, null, null));
        services.admissionDossier().addIntroducer(id, members.get(3), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 2, 1), false);
        services.admissionDossier().addIntroducer(id, members.get(4), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 2, 1), false);
        long v = services.admissionDossier().addVerification(id, "Bản thân", "Đảng ủy phường Hạc Thành", false, LocalDate.of(2026, 3, 2));
        services.admissionDossier().recordReply(id, v, LocalDate.of(2026, 4, 1), "Lý lịch khai đúng.");
        admissions.recordStep(id, new StepRecord(Step.UNION_OPINIONS, LocalDate.of(2026, 4, 5), null, "Công đoàn: 20/20 đồng ý.", null));
        admissions.recordStep(id, new StepRecord(Step.RESIDENCE_COMMENT, LocalDate.of(2026, 4, 6), "Chi bộ khu phố 3",
                "Chấp hành tốt quy định nơi cư trú.", null));
        admissions.recordStep(id, new StepRecord(Step.COMMITTEE_SUMMARY, LocalDate.of(2026, 4, 10), null, "Đủ điều kiện.", null));
        admissions.recordStep(id, new StepRecord(Step.COMMITTEE_COMMENT, LocalDate.of(2026, 4, 10), null,
                "Lập trường vững vàng, đạo đức tốt.", null));
        admissions.recordStep(id, new StepRecord(Step.ELIGIBILITY_CERTIFIED, LocalDate.of(2026, 4, 20), null, null, null));
        return id;
    }

    @Override
    public void close() {
        services.close();
    }
}
