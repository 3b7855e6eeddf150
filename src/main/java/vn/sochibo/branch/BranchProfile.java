package vn.sochibo.branch;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;

/**
 * The branch as documents name it: its own name, the upper body, the place name of document dates and the
 * current term (e.g. "2025–2030"). Text is normalised to NFC; the term's hyphen becomes an en dash.
 */
public record BranchProfile(String branchName, String upperBody, String placeName, String term, BranchKind kind) {

    public BranchProfile {
        branchName = Text.clean(branchName);
        upperBody = Text.clean(upperBody);
        placeName = Text.clean(placeName);
        term = term == null ? null : Text.clean(term).replaceAll("\\s*[-–—]\\s*", "–");
    }

    /** What is missing or malformed, field by field. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (branchName == null || branchName.isEmpty()) {
            problems.add(Problem.error("branchName", "branch.problem.branchName.required"));
        }
        if (upperBody == null || upperBody.isEmpty()) {
            problems.add(Problem.error("upperBody", "branch.problem.upperBody.required"));
        }
        if (placeName == null || placeName.isEmpty()) {
            problems.add(Problem.error("placeName", "branch.problem.placeName.required"));
        }
        if (term == null || !term.matches("\\d{4}–\\d{4}")) {
            problems.add(Problem.error("term", "branch.problem.term.format"));
        } else {
            int from = Integer.parseInt(term.substring(0, 4));
            int to = Integer.parseInt(term.substring(5));
            if (to <= from || to - from > 5) {
                problems.add(Problem.error("term", "branch.problem.term.range"));
            }
        }
        if (kind == null) {
            problems.add(Problem.error("kind", "branch.problem.kind.required"));
        }
        return problems;
    }
}
