package vn.sochibo.election.engine;

import vn.sochibo.vote.VoteBase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.sochibo.common.Messages;

/**
 * Every Vietnamese text the election engine shows, taken from the resource bundle
 * ({@code election.engine.*} keys, {@link String#format} patterns). Texts are NFC; numbers are plain integers; percentages use a decimal
 * comma. Every method is pure and returns a complete sentence or label.
 */
public final class ElectionMessages {

    private static final ResourceBundle BUNDLE = Messages.forLanguage("vi").bundle();

    private ElectionMessages() {
    }


    /**
     * Label of the official members line.
     *
     * @return the label
     */
    public static String officialMembersLabel() {
        return text("election.engine.officialMembersLabel");
    }

    /**
     * Label of the members-present figure.
     *
     * @return the label
     */
    public static String membersPresentLabel() {
        return text("election.engine.membersPresentLabel");
    }

    /**
     * Label of one subtraction of {@link VoteBase}.
     *
     * @param labelKey a {@code VoteBase} label key
     * @return the label; the key itself if unknown
     */
    public static String baseLabel(String labelKey) {
        return text(labelKey);
    }

    /**
     * Name of an office as printed in the record.
     *
     * @param office the office
     * @return e.g. "Chi ủy"
     */
    public static String officeName(Office office) {
        return switch (office) {
            case COMMITTEE -> text("election.engine.officeName.1");
            case SECRETARY -> text("election.engine.officeName.2");
            case DEPUTY -> text("election.engine.officeName.3");
            case DELEGATES -> text("election.engine.officeName.4");
        };
    }

    /**
     * What a candidate got, as printed beside the votes.
     *
     * @param outcome the outcome
     * @param passed  whether the candidate had more than half of N
     * @return e.g. "trúng cử"
     */
    public static String outcome(CandidateResult.Outcome outcome, boolean passed) {
        return switch (outcome) {
            case ELECTED -> text("election.engine.outcome.1");
            case ALTERNATE -> text("election.engine.outcome.2");
            case TIED -> text("election.engine.outcome.3");
            case NOT_ELECTED -> passed ? text("election.engine.outcome.4") : text("election.engine.outcome.5");
        };
    }


    /** Error: a count (label, value) is negative. */
    public static String negativeCount(String label, long value) {
        return format(text("election.engine.negativeCount"), label, value);
    }

    /** Error: a candidate's name is blank. */
    public static String blankCandidateName() {
        return text("election.engine.blankCandidateName");
    }

    /** Error: negative Party years. */
    public static String negativePartyYears(String name, int years) {
        return format(text("election.engine.negativePartyYears"), name, years);
    }

    /** Error: the same name appears twice on one agree/disagree ballot. */
    public static String nameMarkedTwice(String name) {
        return format(text("election.engine.nameMarkedTwice"), name);
    }

    /** Error: the places to fill are impossible (negative, none, or no official place). */
    public static String noPlacesToFill(int seats, int alternates) {
        return format(text("election.engine.noPlacesToFill"),
                seats, alternates);
    }

    /** Error: alternates asked for an office other than delegates. */
    public static String alternatesOnlyForDelegates() {
        return text("election.engine.alternatesOnlyForDelegates");
    }

    /** Error: a ballot may keep fewer than one name. */
    public static String keepLimitTooSmall(int keepLimit) {
        return format(text("election.engine.keepLimitTooSmall"),
                keepLimit);
    }

    /** Problem or error: the list has nobody on it. */
    public static String listEmpty() {
        return text("election.engine.listEmpty");
    }

    /** Problem or error: a name is on the list twice. */
    public static String duplicateCandidate(String name) {
        return String.format(Locale.ROOT,
                text("election.engine.duplicateCandidate"),
                name);
    }


    /** Invalid-ballot reason: more names kept than the keep limit. */
    public static String reasonTooManyKept(int keepLimit) {
        return format(text("election.engine.reasonTooManyKept"), keepLimit);
    }

    /** Invalid-ballot reason: every name crossed out on a multi-name ballot. */
    public static String reasonAllCrossed() {
        return text("election.engine.reasonAllCrossed");
    }

    /** Invalid-ballot reason: single-name ballot with both or neither box marked. */
    public static String reasonSingleNameBothOrNeither() {
        return text("election.engine.reasonSingleNameBothOrNeither");
    }

    /** Invalid-ballot reason: a name that is not on the list. */
    public static String reasonNameNotOnList() {
        return text("election.engine.reasonNameNotOnList");
    }

    /** Invalid-ballot reason used when the board gave none. */
    public static String reasonNotGiven() {
        return text("election.engine.reasonNotGiven");
    }

    /** Entry problem (lower-case start, follows a ballot number): a name not on the list. */
    public static String nameNotOnList(String name) {
        return format(text("election.engine.nameNotOnList"),
                name);
    }

    /** Entry problem (lower-case start, follows a ballot number): a name entered twice. */
    public static String nameEnteredTwice(String name) {
        return format(text("election.engine.nameEnteredTwice"), name);
    }

    /** Entry problem: the board ruled a ballot invalid without a reason. */
    public static String invalidWithoutReason() {
        return text("election.engine.invalidWithoutReason");
    }

    /** An entry problem prefixed with its ballot number (1-based entry order). */
    public static String onBallot(int ballotNumber, String problem) {
        return format(text("election.engine.onBallot"), ballotNumber, problem);
    }


    /** Sum problem: a ballot figure is negative. */
    public static String negativeFigures() {
        return text("election.engine.negativeFigures");
    }

    /** Sum problem: more ballots collected than issued. */
    public static String collectedExceedsIssued(int collected, int issued) {
        return format(text("election.engine.collectedExceedsIssued"), collected, issued);
    }

    /** Sum problem: valid + invalid differs from collected. */
    public static String validPlusInvalidNotCollected(int valid, int invalid, int collected) {
        return String.format(Locale.ROOT,
                text("election.engine.validPlusInvalidNotCollected"),
                valid, invalid, (long) valid + invalid, collected);
    }

    /** Sum problem: a candidate's votes are negative. */
    public static String negativeVotes(String name, int votes) {
        return format(text("election.engine.negativeVotes"), name, votes);
    }

    /** Sum problem: a candidate has more votes than there are valid ballots. */
    public static String votesExceedValid(String name, int votes, int valid) {
        return format(text("election.engine.votesExceedValid"), name, votes, valid);
    }

    /** Sum problem: names kept on valid ballots exceed valid × keep limit. */
    public static String keptExceedsLimit(long totalKept, int valid, int keepLimit, long maxKept) {
        return String.format(Locale.ROOT,
                text("election.engine.keptExceedsLimit"), totalKept, valid, keepLimit, maxKept);
    }

    /** Sum problem: more ballots issued than official members. */
    public static String issuedExceedsMembers(int issued, int officialMembers) {
        return format(text("election.engine.issuedExceedsMembers"),
                issued, officialMembers);
    }

    /** Sum problem: ballots entered differ from those the board counted in the box. */
    public static String enteredDiffersFromCollected(int entered, int collected) {
        return format(text("election.engine.enteredDiffersFromCollected"),
                entered, collected);
    }

    /** Problem: N is 0, so nobody can be elected. */
    public static String baseIsZero() {
        return text("election.engine.baseIsZero");
    }

    /** Problem: crossing-out and agree/disagree ballots in one vote. */
    public static String mixedBallotKinds(int crossingOut, int agreeDisagree) {
        return String.format(Locale.ROOT,
                text("election.engine.mixedBallotKinds"),
                crossingOut, agreeDisagree);
    }

    /** Problem: agree/disagree ballots for a list with surplus. */
    public static String agreeDisagreeOnSurplusList(int count) {
        return String.format(Locale.ROOT,
                text("election.engine.agreeDisagreeOnSurplusList"),
                count);
    }

    /** Problem: crossing-out ballots for a list without surplus. */
    public static String crossingOutOnListWithoutSurplus(int count) {
        return String.format(Locale.ROOT,
                text("election.engine.crossingOutOnListWithoutSurplus"),
                count);
    }


    /** List problem: a committee list not longer than the seats. */
    public static String committeeListNotLonger(int listSize, int seats) {
        return String.format(Locale.ROOT,
                text("election.engine.committeeListNotLonger"), listSize, seats);
    }

    /** List problem: surplus over the 30% limit (or over 1 for a body of 3–5). */
    public static String surplusTooLarge(int surplus, int seats, int maxSurplus, int maxList) {
        String limit = seats >= 3 && seats <= 5
                ? text("election.engine.surplusTooLarge.1")
                : format(text("election.engine.surplusTooLarge.2"), maxSurplus);
        return String.format(Locale.ROOT,
                text("election.engine.surplusTooLarge.3"), surplus, limit, maxList, seats);
    }

    /** List problem: fewer names than places. */
    public static String listShorterThanSeats(int listSize, int seats) {
        return format(text("election.engine.listShorterThanSeats"), listSize, seats);
    }

    /** Places problem: a committee in a branch with fewer than 9 official members. */
    public static String noCommitteeUnderNine(int officialMembers) {
        return String.format(Locale.ROOT,
                text("election.engine.noCommitteeUnderNine"), officialMembers);
    }

    /** Places problem: a committee over the maximum size. */
    public static String committeeTooLarge(int seats, int max) {
        return format(text("election.engine.committeeTooLarge"), max, seats);
    }

    /** Places problem: secretary or deputy with other than one place. */
    public static String singlePersonOffice(Office office, int seats) {
        return format(text("election.engine.singlePersonOffice"), officeName(office), seats);
    }

    /** Places problem: more places than official members. */
    public static String seatsExceedMembers(int seats, int officialMembers) {
        return format(text("election.engine.seatsExceedMembers"),
                seats, officialMembers);
    }

    /** List problem: a secretary or deputy candidate who is not on the committee. */
    public static String notCommitteeMember(String name) {
        return String.format(Locale.ROOT,
                text("election.engine.notCommitteeMember"), name);
    }

    /** Body problem: fewer than 3 official members. */
    public static String fewerThanThreeOfficial(int officialMembers) {
        return format(text("election.engine.fewerThanThreeOfficial"),
                officialMembers);
    }

    /** Nomination problem: a floor nomination without more than 30% in favour. */
    public static String floorNominationRejected(String name, int inFavour, int present) {
        return String.format(Locale.ROOT,
                text("election.engine.floorNominationRejected"),
                name, inFavour, present);
    }

    /** Roll note: a ballot holder who is outside N. */
    public static String presentButOutsideBase(String name) {
        return String.format(Locale.ROOT,
                text("election.engine.presentButOutsideBase"), name);
    }


    /** Result line: a tie at the last place and the tie-break it calls for. */
    public static String tieAtLastPlace(List<String> names, int places) {
        return String.format(Locale.ROOT,
                text("election.engine.tieAtLastPlace"), joinNames(names), places);
    }

    /** Error: a tie-break list that is not exactly the tied names. */
    public static String tieBreakListMustBeTied(List<String> tied) {
        return format(text("election.engine.tieBreakListMustBeTied"), joinNames(tied));
    }

    /** Error: no round may be held in the election's current state. */
    public static String noRoundNow(int roundsHeld) {
        return format(text("election.engine.noRoundNow"), roundsHeld);
    }

    /** Error: a result recorded for a contest other than the expected one. */
    public static String resultForAnotherContest() {
        return text("election.engine.resultForAnotherContest");
    }

    /** Error: vote again / stop asked when there is nothing to decide. */
    public static String nothingToDecide() {
        return text("election.engine.nothingToDecide");
    }

    /** Error: a further-round list names someone already elected. */
    public static String alreadyElected(String name) {
        return format(text("election.engine.alreadyElected"), name);
    }

    /** Result line: official places left open. */
    public static String seatsUnfilled(int seats) {
        return format(text("election.engine.seatsUnfilled"), seats);
    }

    /** Result line: alternate places left open. */
    public static String alternatesUnfilled(int alternates) {
        return String.format(Locale.ROOT,
                text("election.engine.alternatesUnfilled"), alternates);
    }

    /** Result line: the upper committee appoints the secretary. */
    public static String upperCommitteeAppoints() {
        return text("election.engine.upperCommitteeAppoints");
    }


    /** Summary: heading with the office and places. */
    public static String summaryHeading(Office office, int seats, int alternates) {
        if (alternates > 0) {
            return format(text("election.engine.summaryHeading.1"),
                    officeName(office), seats, alternates);
        }
        return format(text("election.engine.summaryHeading.2"), officeName(office), seats);
    }

    /** Summary: the line that opens the working of N. */
    public static String summaryBase(int n, int officialMembers, int subtracted) {
        return format(text("election.engine.summaryBase"), n, officialMembers, subtracted);
    }

    /** Summary: one itemised line (a subtraction from N, or an invalid reason). */
    public static String summaryItem(String label, long count) {
        return format(text("election.engine.summaryItem"), label, count);
    }

    /** Summary: one bulleted line of text, e.g. a problem. */
    public static String summaryBullet(String text) {
        return "  − " + text;
    }

    /** Summary: the votes needed. */
    public static String summaryThreshold(int votesNeeded, int n) {
        return format(text("election.engine.summaryThreshold"), votesNeeded, n);
    }

    /** Summary: issued, collected, valid and invalid ballots. */
    public static String summaryBallots(int issued, int collected, int valid, int invalid) {
        return format(text("election.engine.summaryBallots"), issued, collected, valid,
                invalid);
    }

    /** Summary: one candidate's line, rank counted from 1. */
    public static String summaryCandidate(int rank, CandidateResult result) {
        return format(text("election.engine.summaryCandidate"), rank, result.name(),
                result.votes(), percent(result.percentOfBase()), percent(result.percentOfValid()),
                outcome(result.outcome(), result.passed()));
    }

    /** Summary: who was elected. */
    public static String summaryElected(List<String> names) {
        return names.isEmpty() ? text("election.engine.summaryElected.1") : format(text("election.engine.summaryElected.2"), joinNames(names));
    }

    /** Summary: the alternates in replacement order. */
    public static String summaryAlternates(List<String> names) {
        return format(text("election.engine.summaryAlternates.1"), names.isEmpty() ? text("election.engine.summaryAlternates.2") : joinNames(names));
    }

    /** Summary: heading of the problem lines. */
    public static String summaryProblems() {
        return text("election.engine.summaryProblems");
    }


    /** Command-line error: the input file does not exist. */
    public static String fileNotFound(String file) {
        return format(text("election.engine.fileNotFound"), file);
    }

    /** Command-line error: the input file cannot be read. */
    public static String fileUnreadable(String file, String detail) {
        return format(text("election.engine.fileUnreadable"), file, detail);
    }

    /** Command-line error: the input is not valid JSON. */
    public static String jsonSyntax(String file, long line, long column) {
        return format(text("election.engine.jsonSyntax"), file, line, column);
    }

    /** Command-line error: the JSON stops in the middle (a file cut short). */
    public static String jsonTruncated(String file, long line, long column) {
        return format(text("election.engine.jsonTruncated"), file, line, column);
    }

    /** Command-line error: a field the format does not have. */
    public static String unknownField(String field) {
        return format(text("election.engine.unknownField"), field);
    }

    /** Command-line error: a field with a value of the wrong type. */
    public static String wrongType(String field) {
        return format(text("election.engine.wrongType"), field);
    }

    /** Command-line error: a required field is missing. */
    public static String fieldMissing(String field) {
        return format(text("election.engine.fieldMissing"), field);
    }

    /** Command-line error: an unknown office. */
    public static String unknownOffice(String value) {
        return format(text("election.engine.unknownOffice"), value);
    }

    /** Command-line error: an unknown mark on an agree/disagree ballot. */
    public static String unknownMark(int ballotNumber, String value) {
        return format(text("election.engine.unknownMark"), ballotNumber,
                value);
    }

    /** Command-line error: a ballot without exactly one of crossed, marks, invalid. */
    public static String ballotShape(int ballotNumber) {
        return format(text("election.engine.ballotShape"), ballotNumber);
    }

    /** Command-line error: the input was read but describes an impossible election. */
    public static String inputUnusable(String file, String detail) {
        return format(text("election.engine.inputUnusable"), file, detail);
    }


    /**
     * Names joined the Vietnamese way: "A, B và C".
     *
     * @param names the names
     * @return the joined names; empty for no names
     */
    public static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + text("election.engine.joinNames") + names.get(names.size() - 1);
    }

    /**
     * A percentage with a decimal comma.
     *
     * @param percent two-decimal percentage
     * @return e.g. "87,88"
     */
    public static String percent(BigDecimal percent) {
        return percent.toPlainString().replace('.', ',');
    }

    private static String text(String key) {
        return BUNDLE.getString(key);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
