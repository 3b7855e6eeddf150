package vn.sochibo.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.Messages;
import vn.sochibo.common.PersonName;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.io.excel.MemberListWriter;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberSummary;

/** Member lists out to Excel, laid out as offices send them (see {@link MemberListWriter}). JavaFX-free. */
public final class MemberExportService {

    private final MemberService members;
    private final BranchService branch;
    private final Clock clock;

    public MemberExportService(MemberService members, BranchService branch, Clock clock) {
        this.members = members;
        this.branch = branch;
        this.clock = clock;
    }

    /** Every member, in Vietnamese name order, to {@code file}; returns how many were written. */
    public int exportAll(Path file) {
        List<MemberSummary> all = new ArrayList<>(members.list());
        all.sort((a, b) -> PersonName.sortKey(a.fullName()).compareTo(PersonName.sortKey(b.fullName())));
        export(file, all);
        return all.size();
    }

    /**
     * The given members (the list screen's current filter, in its order) to {@code file}, with the branch's
     * names and today's date in the title block. The file is written whole or not at all.
     */
    public void export(Path file, List<MemberSummary> list) {
        Messages vi = Messages.forLanguage("vi");
        LocalDate today = LocalDate.now(clock);
        BranchProfile profile = branch.profile().orElse(null);
        String place = profile == null ? "" : profile.placeName();
        MemberListWriter.Heading heading = new MemberListWriter.Heading(profile == null ? "" : profile.upperBody(),
                profile == null ? "" : profile.branchName(),
                vi.get("export.date", place, vn.sochibo.common.Formats.count(today.getDayOfMonth()),
                        vn.sochibo.common.Formats.count(today.getMonthValue()), String.valueOf(today.getYear())));
        try {
            new MemberListWriter().write(file, heading, list, vi);
        } catch (IOException e) {
            throw new UserFacingException("export.error.write", e, file.getFileName().toString());
        }
    }
}
