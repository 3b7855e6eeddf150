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
import vn.sochibo.importing.doc.MemberListColumns;
import vn.sochibo.io.excel.MemberListWriter;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberSummary;

/** Member lists out to Excel, laid out as offices send them (see {@link MemberListWriter}). JavaFX-free. */
public final class MemberExportService {

    private final MemberService members;
    private final BranchService branch;
    private final Clock clock;
    private final vn.sochibo.member.stats.StatisticsService statistics;

    public MemberExportService(MemberService members, BranchService branch, Clock clock,
                               vn.sochibo.member.stats.StatisticsService statistics) {
        this.members = members;
        this.branch = branch;
        this.clock = clock;
        this.statistics = statistics;
    }

    /**
     * The statistics page's tables (every breakdown, with counts and shares of the register) and the headline
     * sentence, as .xlsx in Vietnamese. Returns how many table lines were written.
     */
    public int exportStatistics(Path file) {
        Messages vi = Messages.forLanguage("vi");
        var s = statistics.compute();
        BranchProfile profile = branch.profile().orElse(null);
        LocalDate today = LocalDate.now(clock);
        List<vn.sochibo.io.excel.StatisticsWorkbookWriter.Line> lines = vn.sochibo.member.stats.StatisticsTable.lines(s, vi)
                .stream().map(l -> new vn.sochibo.io.excel.StatisticsWorkbookWriter.Line(l.group(), l.item(), l.count(), l.percent()))
                .toList();
        var texts = new vn.sochibo.io.excel.StatisticsWorkbookWriter.Texts(vi.get("stats.export.sheet"),
                profile == null ? "" : profile.upperBody().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                profile == null ? "" : profile.branchName().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                vi.get("export.date", profile == null ? "" : profile.placeName(), vn.sochibo.common.Formats.count(today.getDayOfMonth()),
                        vn.sochibo.common.Formats.count(today.getMonthValue()), String.valueOf(today.getYear())),
                vi.get("stats.export.title"), vn.sochibo.member.stats.StatisticsHeadline.of(vi, s, profile),
                vi.get("stats.table.group"), vi.get("stats.table.item"), vi.get("stats.table.count"), vi.get("stats.export.percent"));
        try {
            new vn.sochibo.io.excel.StatisticsWorkbookWriter().write(file, texts, lines);
        } catch (IOException e) {
            throw new UserFacingException("export.error.write", e, file.getFileName().toString());
        }
        return lines.size();
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
            java.util.Map<Long, vn.sochibo.member.Member> records = new java.util.HashMap<>();
            for (vn.sochibo.member.Member m : members.records()) {
                records.put(m.id(), m);
            }
            new MemberListWriter().write(file, heading, MemberListColumns.table(list.stream().map(s -> records.get(s.id()))
                    .filter(java.util.Objects::nonNull).toList(), vi), vi);
        } catch (IOException e) {
            throw new UserFacingException("export.error.write", e, file.getFileName().toString());
        }
    }
}
