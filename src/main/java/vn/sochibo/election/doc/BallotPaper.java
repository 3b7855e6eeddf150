package vn.sochibo.election.doc;

import vn.sochibo.election.Congress;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.Contest;

import java.util.List;
import java.util.Locale;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.common.Messages;

/**
 * What a ballot paper (phiếu bầu: src/site/rules.md, "Bầu cử tại đại hội chi bộ", ballots) prints: the header, the title, the names in ballot order, and which
 * kind of ballot it is: crossing out for a list with surplus, four columns (agree / disagree) without surplus.
 *
 * @param upperBody   the upper body, capitals
 * @param branchName  the branch, capitals
 * @param title       "PHIẾU BẦU CỬ"
 * @param subject     "Chi ủy Chi bộ …, nhiệm kỳ 2025–2030"
 * @param names       the list in ballot order
 * @param crossingOut whether voters cross out names (list with surplus)
 * @param instruction how to fill in the ballot
 * @param round       "Bầu lần thứ 2, bầu bổ sung số còn thiếu": printed on each ballot, so a later round's ballot is
 *                    told from an earlier one's
 * @param cutLine     the dashed line between two ballots on one sheet
 */
public record BallotPaper(String upperBody, String branchName, String title, String subject, List<String> names,
        boolean crossingOut, String instruction, String round, String cutLine) {

    /** Copies the list. */
    public BallotPaper {
        names = List.copyOf(names);
    }

    /**
     * The ballot paper of a round.
     *
     * @param messages Vietnamese messages
     * @param profile  the branch
     * @param congress the congress
     * @param office   the office
     * @param contest  the round's contest
     * @param round    the round the ballot is for
     * @return the ballot paper
     */
    public static BallotPaper of(Messages messages, BranchProfile profile, Congress congress, ElectionOffice office,
            Contest contest, RoundInfo round) {
        Locale vi = Locale.forLanguageTag("vi");
        boolean crossing = contest.hasSurplus();
        return new BallotPaper(profile.upperBody().toUpperCase(vi), profile.branchName().toUpperCase(vi),
                messages.get("election.ballot.paper.title"),
                messages.get("election.record.subject", messages.get("election.record.office." + office.office().name()),
                        profile.branchName(), congress.term()),
                contest.candidates().stream().map(Candidate::name).toList(), crossing,
                crossing ? messages.get("election.ballot.paper.crossing", contest.keepLimit())
                        : messages.get("election.ballot.paper.marks"),
                messages.get("election.ballot.paper.round",
                        messages.get("election.record.round." + round.kind().name(), round.number())),
                messages.get("election.ballot.paper.cut"));
    }
}
