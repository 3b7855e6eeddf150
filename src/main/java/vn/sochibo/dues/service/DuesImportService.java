package vn.sochibo.dues.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.dues.BasisLine;
import vn.sochibo.dues.DuesBasis;
import vn.sochibo.dues.doc.BasisWorkbookReader;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.member.MemberStatus;

/**
 * Imports members' dues bases from an .xlsx/.xls list (src/site/rules.md, "Đảng phí"): a preview that reads every row
 * and matches its name to one member of the register (per-row problems: unreadable value, unknown or ambiguous name),
 * then the rows without problems stored in one audited transaction. Synchronous: call from a background thread.
 */
public final class DuesImportService {

    private final DuesService dues;
    private final MemberService members;
    private final BasisWorkbookReader reader = new BasisWorkbookReader();

    public DuesImportService(DuesService dues, MemberService members) {
        this.dues = dues;
        this.members = members;
    }

    /** What a file would import: every row, matched and checked; nothing is stored. */
    public List<BasisLine> preview(Path file) {
        Map<String, List<MemberSummary>> byName = new HashMap<>();
        for (MemberSummary m : members.list()) {
            byName.computeIfAbsent(Text.fold(m.fullName()), k -> new ArrayList<>()).add(m);
        }
        List<BasisLine> out = new ArrayList<>();
        for (BasisLine line : reader.read(file)) {
            List<MemberSummary> found = byName.getOrDefault(Text.fold(line.name()), List.of());
            List<MemberSummary> onRegister = found.stream().filter(m -> m.status().onRegister()).toList();
            List<MemberSummary> candidates = onRegister.isEmpty() ? found : onRegister;
            List<Problem> problems = new ArrayList<>(line.problems());
            long id = 0;
            if (candidates.isEmpty()) {
                problems.add(Problem.error("fullName", "dues.import.problem.noMember", line.name()));
            } else if (candidates.size() > 1) {
                problems.add(Problem.error("fullName", "dues.import.problem.sameName", line.name(), candidates.size()));
            } else {
                id = candidates.get(0).id();
                if (candidates.get(0).status() == MemberStatus.DECEASED) {
                    problems.add(Problem.error("fullName", "dues.import.problem.notOnRegister", line.name()));
                }
            }
            DuesBasis b = line.basis();
            DuesBasis matched = b == null ? null : new DuesBasis(0, id, b.from(), b.kind(), b.base(), b.region(), b.retired(), b.note());
            out.add(new BasisLine(line.row(), line.name(), matched, id, problems));
        }
        return out;
    }

    /**
     * Stores the rows of a preview that have no problem, in one transaction.
     *
     * @return how many bases were stored
     */
    public int commit(List<BasisLine> preview, String fileName) {
        List<DuesBasis> ok = preview.stream().filter(BasisLine::ok).map(BasisLine::basis).toList();
        return ok.isEmpty() ? 0 : dues.saveBases(ok, fileName);
    }
}
