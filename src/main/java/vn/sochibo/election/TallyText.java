package vn.sochibo.election;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.election.engine.CandidateListCheck;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.TallyResult;
import vn.sochibo.vote.VoteBase;

/**
 * How a count reads, in the language of the {@link Messages} it is given: the one renderer of a tally for the
 * command line ({@code sochibo election tally}), the result tab and the documents. The engine hands over figures,
 * enums and problems as message keys with their arguments; every word comes from the bundle here.
 */
public final class TallyText {

    private final Messages messages;

    /**
     * A renderer.
     *
     * @param messages the language to write in
     */
    public TallyText(Messages messages) {
        this.messages = messages;
    }

    /**
     * The whole summary the command line prints: what was elected, N with its working, the threshold, the ballots
     * with the reasons for invalid ones, every candidate's line, who was elected, alternates, ties or places left
     * open, and the figures to check.
     *
     * @param result the count
     * @return the lines, in order
     */
    public List<String> summary(TallyResult result) {
        List<String> lines = new ArrayList<>();
        Office office = result.contest().office();
        lines.add(result.contest().alternates() > 0
                ? messages.get("election.engine.summaryHeading.alternates", officeName(office),
                        result.contest().seats(), result.contest().alternates())
                : messages.get("election.engine.summaryHeading", officeName(office), result.contest().seats()));
        VoteBase base = result.contest().base();
        lines.add(messages.get("election.engine.summaryBase", base.n(), base.officialMembers(), base.subtracted()));
        base.subtractions().stream().filter(item -> item.count() > 0).forEach(item ->
                lines.add(item(messages.get(item.labelKey()), item.count())));
        lines.add(threshold(result));
        lines.add(ballots(result));
        result.invalidReasons().forEach(reason -> lines.add(item(reason(reason.reason()), reason.count())));
        for (int i = 0; i < result.candidates().size(); i++) {
            CandidateResult row = result.candidates().get(i);
            lines.add(messages.get("election.engine.summaryCandidate", i + 1, row.name(), row.votes(),
                    percent(row.percentOfBase()), percent(row.percentOfValid()), outcome(row)));
        }
        lines.addAll(outcomeLines(result));
        return lines;
    }

    /**
     * The short summary under the result table (the table shows every candidate's line): the threshold, the
     * ballots, who was elected, alternates, ties or places left open, the figures to check, and what comes next.
     *
     * @param result the count
     * @param next   what may happen next in the office's election
     * @return the lines, in order
     */
    public List<String> brief(TallyResult result, Election.NextStep next) {
        List<String> lines = new ArrayList<>();
        lines.add(threshold(result));
        lines.add(ballots(result));
        lines.addAll(outcomeLines(result));
        lines.add(next(next));
        return lines;
    }

    /**
     * A round as the screens and the tally workbook name it: its number, kind, ballots issued and how far it is.
     *
     * @param round the round
     * @return e.g. "Lần bầu thứ 1 (lần đầu) – phát ra 27 phiếu – đã kiểm phiếu"
     */
    public String round(RoundInfo round) {
        return messages.get("election.ui.round.info", round.number(), messages.label(round.kind()),
                round.ballotsIssued(), messages.get(round.counted() ? "election.ui.round.counted"
                        : round.totalsOnly() ? "election.ui.round.totalsOnly" : "election.ui.round.entering"));
    }

    /**
     * What may happen next in an office's election.
     *
     * @param next the engine's next step
     * @return one sentence
     */
    public String next(Election.NextStep next) {
        return messages.get("election.ui.next." + next.name());
    }

    private List<String> outcomeLines(TallyResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.elected().isEmpty() ? messages.get("election.engine.summaryElected.none")
                : messages.get("election.engine.summaryElected", names(result.electedNames())));
        if (result.contest().alternates() > 0) {
            lines.add(messages.get("election.engine.summaryAlternates", result.alternates().isEmpty()
                    ? messages.get("election.engine.summaryAlternates.none") : names(result.alternateNames())));
        }
        if (!result.tied().isEmpty()) {
            lines.add(messages.get("election.engine.tieAtLastPlace", names(result.tiedNames()),
                    result.tieForAlternates() ? result.alternatesUnfilled() : result.seatsUnfilled()));
        } else {
            if (result.seatsUnfilled() > 0) {
                lines.add(messages.get("election.engine.seatsUnfilled", result.seatsUnfilled()));
            }
            if (result.alternatesUnfilled() > 0) {
                lines.add(messages.get("election.engine.alternatesUnfilled", result.alternatesUnfilled()));
            }
        }
        if (!result.problems().isEmpty()) {
            lines.add(messages.get("election.engine.summaryProblems"));
            result.problems().forEach(problem -> lines.add("  − " + problem(problem)));
        }
        return lines;
    }

    private String threshold(TallyResult result) {
        return messages.get("election.engine.summaryThreshold", result.base(), result.votesNeeded());
    }

    private String ballots(TallyResult result) {
        return messages.get("election.engine.summaryBallots", result.ballotsIssued(), result.ballotsCollected(),
                result.valid(), result.invalid());
    }

    private String item(String label, long count) {
        return messages.get("election.engine.summaryItem", label, count);
    }

    /**
     * What a candidate got, as printed beside the votes: elected, alternate, tied, passed without a place left,
     * or not more than half.
     *
     * @param row the candidate's line
     * @return e.g. "trúng cử", "elected"
     */
    public String outcome(CandidateResult row) {
        String key = switch (row.outcome()) {
            case ELECTED -> "ELECTED";
            case ALTERNATE -> "ALTERNATE";
            case TIED -> "TIED";
            case NOT_ELECTED -> row.passed() ? "PASSED_NO_PLACE" : "NOT_PASSED";
        };
        return messages.get("election.engine.outcome." + key);
    }

    /**
     * An office's name as sentences use it ("Chi ủy", "branch committee").
     *
     * @param office the office
     * @return the name
     */
    public String officeName(Office office) {
        return messages.get(CandidateListCheck.officeName(office).key());
    }

    /**
     * A percentage with two decimals: a decimal comma in Vietnamese ("87,88"), a point in English.
     *
     * @param percent the percentage
     * @return the text
     */
    public String percent(BigDecimal percent) {
        String plain = percent.toPlainString();
        return "vi".equals(messages.locale().getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /**
     * Why ballots were invalid: the rule's words, or the counting board's own.
     *
     * @param reason the engine's reason
     * @return the text
     */
    public String reason(Problem reason) {
        return messages.get(reason.messageKey(), reason.args().toArray());
    }

    /**
     * One problem of a count or a list.
     *
     * @param problem the engine's problem
     * @return the sentence
     */
    public String problem(Problem problem) {
        return messages.describe(problem);
    }

    /**
     * Names joined as the language joins them: "A, B và C", "A, B and C".
     *
     * @param names the names
     * @return the joined names; empty for no names
     */
    public String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + messages.get("election.engine.joinNames")
                + names.get(names.size() - 1);
    }
}
