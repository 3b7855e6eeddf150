package vn.sochibo.member.stats;

import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfile;
import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;

/** The sentence a report needs: "Chi bộ có 35 đảng viên (02 dự bị), 03 chi bộ trực thuộc; 100% trình độ đại học trở lên". */
public final class StatisticsHeadline {

    private StatisticsHeadline() {
    }

    public static String of(Messages messages, MemberStatistics s, BranchProfile profile) {
        boolean dangBo = profile != null && profile.kind() == BranchKind.DANG_BO_CO_SO;
        String subject = messages.get(dangBo ? "stats.headline.dangBo" : "stats.headline.chiBo");
        String members = messages.get("stats.headline.members", subject, Formats.count(s.onRegister()), Formats.count(s.probationary()));
        String subBranches = s.subBranchCount() > 0
                ? messages.get(dangBo ? "stats.headline.subBranches" : "stats.headline.groups", Formats.count(s.subBranchCount()))
                : "";
        return members + subBranches + messages.get("stats.headline.university", s.universityPercent());
    }
}
