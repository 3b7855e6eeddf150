package vn.sochibo.election.doc;

import vn.sochibo.election.Congress;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.election.TallyText;
import vn.sochibo.election.engine.Candidate;
import vn.sochibo.election.engine.CandidateResult;
import vn.sochibo.election.engine.Election;
import vn.sochibo.election.engine.Office;
import vn.sochibo.election.engine.TallyResult;

import vn.sochibo.vote.VoteBase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.common.Messages;

/**
 * Everything the count record (biên bản kiểm phiếu: src/site/rules.md, "Sinh hoạt chi bộ và đại hội" and "Bầu cử
 * tại đại hội chi bộ") prints for one round, as text ready for the
 * template: the engine's figures with the phrases that join them. Built in Vietnamese from the bundle.
 *
 * @param upperBody      the upper Party body, capitals
 * @param branchName     the branch, capitals
 * @param number         "Số 01-BB/ĐH"
 * @param placeDate      "Hà Nội, ngày 22 tháng 11 năm 2026"
 * @param subject        "bầu Chi ủy Chi bộ … nhiệm kỳ 2025–2030"
 * @param opening        the opening sentence: when, where, what, which round
 * @param boardHead      head of the counting board
 * @param boardMembers   the other members, one per line
 * @param seats          the number to elect and the show of hands
 * @param list           the list voted on, in ballot order
 * @param official       official members convened
 * @param subtractions   the five subtractions, in the order {@code VoteBase#subtractions} gives them
 * @param base           N
 * @param present        official members present
 * @param votesNeeded    votes needed and why
 * @param ballots        issued, collected, valid, invalid with reasons
 * @param rows           one line per candidate in vote order
 * @param elected        the elected in order, or a sentence saying nobody
 * @param notes          ties, places left open, decisions, alternates, problems
 * @param endedAt        "10 giờ 30 phút"
 * @param boardSignature the board members' names, one per line, for the signature block
 * @param congressLine   "ĐẠI HỘI NHIỆM KỲ 2025–2030", under the branch in the header
 */
public record CountRecord(String upperBody, String branchName, String number, String placeDate, String subject,
        String opening, String boardHead, String boardMembers, String seats, String list, int official,
        List<Integer> subtractions, int base, int present, String votesNeeded, String ballots, List<Row> rows,
        String elected, String notes, String endedAt, String boardSignature, String congressLine) {

    /**
     * One candidate's line.
     *
     * @param rank           1, 2, …
     * @param name           full name
     * @param votes          votes
     * @param percentOfBase  "87,88" (% of N)
     * @param percentOfValid "96,67" (% of valid ballots)
     * @param outcome        "trúng cử", …
     */
    public record Row(int rank, String name, int votes, String percentOfBase, String percentOfValid,
            String outcome) {
    }

    /**
     * Builds the record's text.
     *
     * @param messages    Vietnamese messages
     * @param profile     the branch
     * @param congress    the congress
     * @param office      the office
     * @param round       the round counted
     * @param result      its result, as kept
     * @param present     official members present who received a ballot, as kept
     * @param election    the office's election as replayed (its rounds so far and what may happen next)
     * @return the record
     */
    public static CountRecord of(Messages messages, BranchProfile profile, Congress congress, ElectionOffice office,
            RoundInfo round, TallyResult result, int present, Election election) {
        Election.NextStep next = election.next();
        TallyText text = new TallyText(messages);
        String officeName = messages.get("election.record.office." + office.office().name());
        LocalDate date = congress.heldOn();
        String number = messages.get("election.record.number", twoDigits(
                round.recordNumber() != null ? round.recordNumber() : congress.recordNumber()));
        String placeDate = messages.get("election.record.placeDate", profile.placeName(),
                twoDigits(date.getDayOfMonth()), twoDigits(date.getMonthValue()),
                String.valueOf(date.getYear()));
        String subject = messages.get("election.record.subject", officeName, profile.branchName(), congress.term());
        String roundText = messages.get("election.record.round." + round.kind().name(), round.number());
        String dayMonthYear = twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/"
                + date.getYear();
        String opening = messages.get("election.record.opening", dayMonthYear, congress.place(),
                profile.branchName(), congress.term(), officeName, roundText);
        String seats = office.office() == Office.DELEGATES && office.alternates() == 0
                ? messages.get("election.record.seatsAllocated", result.contest().seats())
                : office.alternates() > 0
                ? messages.get("election.record.seatsWithAlternates", result.contest().seats(),
                        result.contest().alternates())
                : messages.get("election.record.seats", result.contest().seats(), office.handsFor(),
                        office.handsAgainst());
        List<String> names = round.candidates().stream().map(Candidate::name).toList();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            list.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(names.get(i));
        }
        VoteBase base = result.contest().base();
        List<Integer> subtractions = base.subtractions().stream().map(VoteBase.Subtraction::count).toList();
        String votesNeeded = messages.get("election.record.votesNeeded", result.votesNeeded(), result.base());
        StringBuilder ballots = new StringBuilder(messages.get("election.record.ballots", result.ballotsIssued(),
                result.ballotsCollected(), result.valid(), result.invalid()));
        for (TallyResult.ReasonCount reason : result.invalidReasons()) {
            ballots.append('\n').append(messages.get("election.record.invalidReason", text.reason(reason.reason()),
                    reason.count()));
        }
        if (!round.shortfallNote().isEmpty()) {
            ballots.append('\n').append(messages.get("election.record.shortfall",
                    result.ballotsIssued() - result.ballotsCollected(), round.shortfallNote()));
        }
        List<Row> rows = new ArrayList<>();
        int rank = 1;
        for (CandidateResult row : result.candidates()) {
            rows.add(new Row(rank++, row.name(), row.votes(), text.percent(row.percentOfBase()),
                    text.percent(row.percentOfValid()), text.outcome(row)));
        }
        String elected = result.elected().isEmpty() ? messages.get("election.record.electedNone")
                : numbered(result.electedNames());
        List<String> notes = new ArrayList<>();
        // an agree/disagree ballot: each name's "không đồng ý" beside its "đồng ý" (src/site/rules.md, "Bầu cử tại
        // đại hội chi bộ", the kept record); with one name a ballot is valid only with one of the two boxes
        if (!result.contest().hasSurplus()) {
            String key = result.candidates().size() == 1 ? "election.record.disagree" : "election.record.notAgreed";
            for (CandidateResult row : result.candidates()) {
                notes.add(messages.get(key, row.name(), row.votes(), result.valid() - row.votes()));
            }
        }
        if (!result.alternates().isEmpty()) {
            notes.add(messages.get("election.record.alternates", String.join(", ", result.alternateNames())));
        }
        if (!result.tied().isEmpty()) {
            notes.add(messages.get("election.record.tied", String.join(", ", result.tiedNames())));
        }
        if (result.seatsUnfilled() > 0 && result.tied().isEmpty()) {
            notes.add(messages.get("election.record.unfilled", result.seatsUnfilled()));
        }
        if (round.decision() != null) {
            notes.add(messages.get("election.record.decision." + round.decision().name()));
        }
        if (next == Election.NextStep.UPPER_COMMITTEE_APPOINTS) {
            notes.add(messages.get("election.record.appoints"));
        }
        result.problems().forEach(problem -> notes.add(text.problem(problem)));
        notes.addAll(combined(messages, election, round, result));
        LocalDateTime ended = round.endedAt();
        String endedAt = ended == null ? "…" : messages.get("election.record.endedAt",
                twoDigits(ended.getHour()), twoDigits(ended.getMinute()));
        return new CountRecord(profile.upperBody().toUpperCase(Locale.forLanguageTag("vi")),
                profile.branchName().toUpperCase(Locale.forLanguageTag("vi")), number, placeDate, subject, opening,
                congress.boardHead(), String.join(", ", congress.boardMembers()), seats, list.toString(),
                base.officialMembers(), subtractions, result.base(), present, votesNeeded, ballots.toString(), rows,
                elected, String.join("\n", notes), endedAt, String.join("\n\n\n", congress.boardMembers()),
                messages.get("election.record.congressLine", congress.term()).toUpperCase(Locale.forLanguageTag("vi")));
    }

    /**
     * From the second round on, the result of the office so far: everyone elected in this and the earlier rounds,
     * with the round and the votes, against the number to elect (src/site/rules.md, "Bầu cử tại đại hội chi bộ",
     * rounds).
     */
    private static List<String> combined(Messages messages, Election election, RoundInfo round, TallyResult result) {
        if (round.number() < 2) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        int seats = election.rounds().get(0).result().contest().seats();
        int count = 0;
        List<String> names = new ArrayList<>();
        for (vn.sochibo.election.engine.Round earlier : election.rounds()) {
            if (earlier.number() > round.number()) {
                break;
            }
            for (CandidateResult row : earlier.result().candidates()) {
                if (row.outcome() == CandidateResult.Outcome.ELECTED) {
                    names.add(messages.get("election.record.combinedLine", ++count, row.name(), earlier.number(),
                            row.votes()));
                }
            }
        }
        lines.add(messages.get("election.record.combined", count, seats));
        lines.addAll(names);
        return lines;
    }

    private static String numbered(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(names.get(i));
        }
        return text.toString();
    }

    private static String twoDigits(int value) {
        return (value < 10 ? "0" : "") + value;
    }
}
