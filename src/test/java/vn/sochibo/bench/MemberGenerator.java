package vn.sochibo.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.sochibo.member.EventDraft;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.PoliticalTheory;

/** Realistic generated members (Vietnamese names with diacritics) for benchmarks. Deterministic per seed. */
public final class MemberGenerator {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Hồng", "Quốc", "Thanh", "Ngọc", "Thị Hồng",
            "Văn Đức", "Xuân", "Bảo"};
    static final String[] GIVEN = {"An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Lan",
            "Long", "Mai", "Minh", "Nam", "Nga", "Phong", "Phương", "Quang", "Sơn", "Thảo", "Thắng", "Thúy", "Trang",
            "Trung", "Tuấn", "Vân", "Việt", "Yến", "Ánh", "Ân", "Đạt", "Hòa", "Thủy"};
    static final String[] SUB = {"Chi bộ Văn phòng", "Chi bộ Phòng Kế hoạch – Tài chính", "Chi bộ Trung tâm Công nghệ thông tin",
            "Chi bộ Thanh tra", "Chi bộ Phòng Bưu chính – Viễn thông"};

    private MemberGenerator() {
    }

    public static List<MemberService.NewMember> members(int count, long seed) {
        Random r = new Random(seed);
        List<MemberService.NewMember> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
            LocalDate birth = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
            LocalDate joined = birth.plusYears(19 + r.nextInt(15)).plusDays(r.nextInt(300));
            if (joined.isAfter(LocalDate.of(2026, 6, 1))) {
                joined = LocalDate.of(2026, 6, 1).minusDays(r.nextInt(4000));
            }
            boolean official = joined.plusYears(1).isBefore(LocalDate.of(2026, 11, 1)) && r.nextInt(20) > 0;
            String id = String.format("%03d%d%02d%06d", 1 + r.nextInt(96), r.nextInt(4), birth.getYear() % 100, r.nextInt(1_000_000));
            MemberDraft d = new MemberDraft(name, null, r.nextBoolean() ? Gender.NAM : Gender.NU, birth, null, null,
                    "Xã Quảng Xương, tỉnh Thanh Hóa", null, "Kinh", "Không", id, id, null, "12/12",
                    r.nextInt(10) < 8 ? "Cử nhân Kinh tế" : "Thạc sĩ Quản lý công",
                    PoliticalTheory.values()[r.nextInt(PoliticalTheory.values().length)], "Công chức", "Chuyên viên", null, null,
                    joined.minusDays(10), joined, official ? joined.plusYears(1) : null, SUB[r.nextInt(SUB.length)],
                    "09" + (10_000_000 + r.nextInt(89_999_999)), null);
            List<EventDraft> history = new ArrayList<>();
            history.add(new EventDraft(MemberEventType.ADMITTED, joined, null, null, null));
            if (official) {
                history.add(new EventDraft(MemberEventType.OFFICIAL, joined.plusYears(1), null, null, null));
            }
            out.add(new MemberService.NewMember(d, history));
        }
        return out;
    }
}
