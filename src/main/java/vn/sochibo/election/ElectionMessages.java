package vn.sochibo.election;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Every Vietnamese text the election feature shows, in one place so it can move to the resource bundle
 * ({@code election.*} keys) later. Texts are NFC; numbers are plain integers; percentages use a decimal
 * comma. Every method is pure and returns a complete sentence or label.
 */
public final class ElectionMessages {

    private ElectionMessages() {
    }


    /**
     * Label of the official members line.
     *
     * @return the label
     */
    public static String officialMembersLabel() {
        return "Đảng viên chính thức được triệu tập";
    }

    /**
     * Label of the members-present figure.
     *
     * @return the label
     */
    public static String membersPresentLabel() {
        return "Đảng viên có mặt";
    }

    /**
     * Label of one subtraction of {@link VoteBase}.
     *
     * @param labelKey a {@code VoteBase} label key
     * @return the label; the key itself if unknown
     */
    public static String baseLabel(String labelKey) {
        return switch (labelKey) {
            case VoteBase.TEMPORARILY_ELSEWHERE -> "Được giới thiệu sinh hoạt tạm thời ở đảng bộ khác";
            case VoteBase.EXEMPT_ABSENT -> "Được miễn công tác và sinh hoạt đảng, vắng mặt";
            case VoteBase.SUSPENDED -> "Đang bị đình chỉ sinh hoạt đảng";
            case VoteBase.PROSECUTED_OR_DETAINED -> "Bị khởi tố, truy tố, tạm giam";
            case VoteBase.ABSENT_EXCUSED -> "Vắng mặt suốt thời gian đại hội, có lý do được cấp ủy triệu tập chấp nhận";
            default -> labelKey;
        };
    }

    /**
     * Name of an office as printed in the record.
     *
     * @param office the office
     * @return e.g. "Chi ủy"
     */
    public static String officeName(Office office) {
        return switch (office) {
            case COMMITTEE -> "Chi ủy";
            case SECRETARY -> "Bí thư chi bộ";
            case DEPUTY -> "Phó Bí thư chi bộ";
            case DELEGATES -> "đại biểu dự đại hội cấp trên";
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
            case ELECTED -> "trúng cử";
            case ALTERNATE -> "đại biểu dự khuyết";
            case TIED -> "bằng phiếu ở vị trí cuối";
            case NOT_ELECTED -> passed ? "quá một nửa nhưng hết chỗ" : "không đủ quá một nửa";
        };
    }


    /** Error: a count (label, value) is negative. */
    public static String negativeCount(String label, long value) {
        return format("Số liệu “%s” không được âm (đang là %d).", label, value);
    }

    /** Error: the subtractions from N exceed the official members. */
    public static String subtractionsExceedMembers(long subtracted, int officialMembers) {
        return format("Tổng số phải trừ (%d) lớn hơn số đảng viên chính thức (%d).",
                subtracted, officialMembers);
    }

    /** Error: a candidate's name is blank. */
    public static String blankCandidateName() {
        return "Tên người trong danh sách không được để trống.";
    }

    /** Error: negative Party years. */
    public static String negativePartyYears(String name, int years) {
        return format("Tuổi đảng của “%s” không được âm (đang là %d).", name, years);
    }

    /** Error: the same name appears twice on one agree/disagree ballot. */
    public static String nameMarkedTwice(String name) {
        return format("Tên “%s” có hai lần trên cùng một phiếu.", name);
    }

    /** Error: the places to fill are impossible (negative, none, or no official place). */
    public static String noPlacesToFill(int seats, int alternates) {
        return format("Số lượng cần bầu không hợp lệ: %d chính thức, %d dự khuyết.",
                seats, alternates);
    }

    /** Error: alternates asked for an office other than delegates. */
    public static String alternatesOnlyForDelegates() {
        return "Chỉ bầu đại biểu mới có đại biểu dự khuyết.";
    }

    /** Error: a ballot may keep fewer than one name. */
    public static String keepLimitTooSmall(int keepLimit) {
        return format("Số tên tối đa được để lại trên một phiếu phải từ 1 trở lên (đang là %d).",
                keepLimit);
    }

    /** Problem or error: the list has nobody on it. */
    public static String listEmpty() {
        return "Danh sách bầu cử chưa có ai.";
    }

    /** Problem or error: a name is on the list twice. */
    public static String duplicateCandidate(String name) {
        return String.format(Locale.ROOT,
                "Tên “%s” có hai lần trong danh sách; nếu là hai người trùng tên, hãy ghi thêm năm sinh để phân biệt.",
                name);
    }


    /** Invalid-ballot reason: more names kept than the keep limit. */
    public static String reasonTooManyKept(int keepLimit) {
        return format("Để lại nhiều hơn %d tên (quá số lượng cần bầu)", keepLimit);
    }

    /** Invalid-ballot reason: every name crossed out on a multi-name ballot. */
    public static String reasonAllCrossed() {
        return "Gạch tên tất cả những người trong danh sách";
    }

    /** Invalid-ballot reason: single-name ballot with both or neither box marked. */
    public static String reasonSingleNameBothOrNeither() {
        return "Phiếu một tên đánh dấu cả hai ô hoặc không đánh dấu ô nào";
    }

    /** Invalid-ballot reason: a name that is not on the list. */
    public static String reasonNameNotOnList() {
        return "Có tên không thuộc danh sách bầu cử";
    }

    /** Invalid-ballot reason used when the board gave none. */
    public static String reasonNotGiven() {
        return "Ban kiểm phiếu xác định không hợp lệ (không ghi lý do)";
    }

    /** Entry problem (lower-case start, follows a ballot number): a name not on the list. */
    public static String nameNotOnList(String name) {
        return format("tên “%s” không có trong danh sách bầu cử, cần kiểm tra lại việc nhập phiếu.",
                name);
    }

    /** Entry problem (lower-case start, follows a ballot number): a name entered twice. */
    public static String nameEnteredTwice(String name) {
        return format("tên “%s” được nhập hai lần.", name);
    }

    /** Entry problem: the board ruled a ballot invalid without a reason. */
    public static String invalidWithoutReason() {
        return "Ban kiểm phiếu xác định không hợp lệ nhưng chưa ghi lý do.";
    }

    /** An entry problem prefixed with its ballot number (1-based entry order). */
    public static String onBallot(int ballotNumber, String problem) {
        return format("Phiếu số %d: %s", ballotNumber, problem);
    }


    /** Sum problem: a ballot figure is negative. */
    public static String negativeFigures() {
        return "Số phiếu phát ra, thu vào, hợp lệ và không hợp lệ không được âm.";
    }

    /** Sum problem: more ballots collected than issued. */
    public static String collectedExceedsIssued(int collected, int issued) {
        return format("Số phiếu thu vào (%d) nhiều hơn số phiếu phát ra (%d).", collected, issued);
    }

    /** Sum problem: valid + invalid differs from collected. */
    public static String validPlusInvalidNotCollected(int valid, int invalid, int collected) {
        return String.format(Locale.ROOT,
                "Số phiếu hợp lệ (%d) cộng số phiếu không hợp lệ (%d) bằng %d, không bằng số phiếu thu vào (%d).",
                valid, invalid, (long) valid + invalid, collected);
    }

    /** Sum problem: a candidate's votes are negative. */
    public static String negativeVotes(String name, int votes) {
        return format("Số phiếu của “%s” không được âm (đang là %d).", name, votes);
    }

    /** Sum problem: a candidate has more votes than there are valid ballots. */
    public static String votesExceedValid(String name, int votes, int valid) {
        return format("“%s” được %d phiếu, nhiều hơn số phiếu hợp lệ (%d).", name, votes, valid);
    }

    /** Sum problem: names kept on valid ballots exceed valid × keep limit. */
    public static String keptExceedsLimit(long totalKept, int valid, int keepLimit, long maxKept) {
        return String.format(Locale.ROOT,
                "Tổng số tên được bầu trên các phiếu hợp lệ (%d) vượt quá số phiếu hợp lệ × số tên tối đa trên một phiếu"
                        + " (%d × %d = %d).", totalKept, valid, keepLimit, maxKept);
    }

    /** Sum problem: more ballots issued than official members. */
    public static String issuedExceedsMembers(int issued, int officialMembers) {
        return format("Số phiếu phát ra (%d) nhiều hơn số đảng viên chính thức (%d).",
                issued, officialMembers);
    }

    /** Sum problem: ballots entered differ from those the board counted in the box. */
    public static String enteredDiffersFromCollected(int entered, int collected) {
        return format("Đã nhập %d phiếu nhưng Ban kiểm phiếu báo thu vào %d phiếu.",
                entered, collected);
    }

    /** Problem: N is 0, so nobody can be elected. */
    public static String baseIsZero() {
        return "Số đảng viên làm căn cứ tính kết quả (N) bằng 0: không ai có thể trúng cử.";
    }

    /** Problem: crossing-out and agree/disagree ballots in one vote. */
    public static String mixedBallotKinds(int crossingOut, int agreeDisagree) {
        return String.format(Locale.ROOT,
                "Có cả phiếu gạch tên (%d phiếu) và phiếu đồng ý/không đồng ý (%d phiếu) trong cùng một lần bầu.",
                crossingOut, agreeDisagree);
    }

    /** Problem: agree/disagree ballots for a list with surplus. */
    public static String agreeDisagreeOnSurplusList(int count) {
        return String.format(Locale.ROOT,
                "%d phiếu đồng ý/không đồng ý được nhập cho danh sách có số dư; danh sách có số dư dùng phiếu gạch tên.",
                count);
    }

    /** Problem: crossing-out ballots for a list without surplus. */
    public static String crossingOutOnListWithoutSurplus(int count) {
        return String.format(Locale.ROOT,
                "%d phiếu gạch tên được nhập cho danh sách không có số dư; danh sách này dùng phiếu đồng ý/không đồng ý.",
                count);
    }


    /** List problem: a committee list not longer than the seats. */
    public static String committeeListNotLonger(int listSize, int seats) {
        return String.format(Locale.ROOT,
                "Danh sách bầu Chi ủy phải nhiều hơn số lượng cần bầu: có %d người cho %d chỗ.", listSize, seats);
    }

    /** List problem: surplus over the 30% limit (or over 1 for a body of 3–5). */
    public static String surplusTooLarge(int surplus, int seats, int maxSurplus, int maxList) {
        String limit = seats >= 3 && seats <= 5
                ? "cấp ủy có từ 3 đến 5 thành viên chỉ được dư tối đa 1 người"
                : format("không quá 30%% số lượng cần bầu, tức tối đa %d người", maxSurplus);
        return String.format(Locale.ROOT,
                "Số dư %d người vượt mức cho phép (%s); danh sách tối đa %d người cho %d chỗ. Cần xin ý kiến đại hội"
                        + " để rút bớt theo thứ tự số phiếu tín nhiệm.", surplus, limit, maxList, seats);
    }

    /** List problem: fewer names than places. */
    public static String listShorterThanSeats(int listSize, int seats) {
        return format("Danh sách có %d người, ít hơn số lượng cần bầu (%d).", listSize, seats);
    }

    /** Places problem: a committee in a branch with fewer than 9 official members. */
    public static String noCommitteeUnderNine(int officialMembers) {
        return String.format(Locale.ROOT,
                "Chi bộ có %d đảng viên chính thức (dưới 9) nên không bầu chi ủy; chỉ bầu bí thư và, nếu cần,"
                        + " một phó bí thư.", officialMembers);
    }

    /** Places problem: a committee over the maximum size. */
    public static String committeeTooLarge(int seats, int max) {
        return format("Chi ủy có tối đa %d người (đang đặt %d).", max, seats);
    }

    /** Places problem: secretary or deputy with other than one place. */
    public static String singlePersonOffice(Office office, int seats) {
        return format("%s chỉ bầu 1 người (đang đặt %d).", officeName(office), seats);
    }

    /** Places problem: more places than official members. */
    public static String seatsExceedMembers(int seats, int officialMembers) {
        return format("Số lượng cần bầu (%d) nhiều hơn số đảng viên chính thức (%d).",
                seats, officialMembers);
    }

    /** List problem: a secretary or deputy candidate who is not on the committee. */
    public static String notCommitteeMember(String name) {
        return String.format(Locale.ROOT,
                "“%s” không phải là chi ủy viên; bí thư, phó bí thư được bầu trong số chi ủy viên.", name);
    }

    /** Body problem: fewer than 3 official members. */
    public static String fewerThanThreeOfficial(int officialMembers) {
        return format("Chi bộ cần có ít nhất 3 đảng viên chính thức (hiện có %d).",
                officialMembers);
    }

    /** Nomination problem: a floor nomination without more than 30% in favour. */
    public static String floorNominationRejected(String name, int inFavour, int present) {
        return String.format(Locale.ROOT,
                "“%s” không được đưa vào danh sách: %d trên %d đảng viên có mặt tán thành, chưa quá 30%%.",
                name, inFavour, present);
    }

    /** Roll note: a ballot holder who is outside N. */
    public static String presentButOutsideBase(String name) {
        return String.format(Locale.ROOT,
                "“%s” đang sinh hoạt tạm thời nơi khác, có mặt và nhận phiếu nhưng không tính vào N.", name);
    }


    /** Result line: a tie at the last place and the tie-break it calls for. */
    public static String tieAtLastPlace(List<String> names, int places) {
        return String.format(Locale.ROOT,
                "%s bằng phiếu nhau ở vị trí cuối: chưa ai trong số này trúng cử; bầu lại riêng giữa những người này"
                        + " cho %d chỗ còn lại.", joinNames(names), places);
    }

    /** Error: a tie-break list that is not exactly the tied names. */
    public static String tieBreakListMustBeTied(List<String> tied) {
        return format("Lần bầu lại chỉ gồm những người bằng phiếu: %s.", joinNames(tied));
    }

    /** Error: no round may be held in the election's current state. */
    public static String noRoundNow(int roundsHeld) {
        return format("Không thể bầu thêm lần nữa lúc này (đã bầu %d lần).", roundsHeld);
    }

    /** Error: a result recorded for a contest other than the expected one. */
    public static String resultForAnotherContest() {
        return "Kết quả kiểm phiếu không khớp với lần bầu đang chờ (danh sách hoặc số lượng khác).";
    }

    /** Error: vote again / stop asked when there is nothing to decide. */
    public static String nothingToDecide() {
        return "Lúc này không có gì để đại hội quyết định bầu tiếp hay dừng lại.";
    }

    /** Error: a further-round list names someone already elected. */
    public static String alreadyElected(String name) {
        return format("“%s” đã trúng cử ở lần bầu trước.", name);
    }

    /** Result line: official places left open. */
    public static String seatsUnfilled(int seats) {
        return format("Còn thiếu %d người: đại hội quyết định bầu tiếp hay dừng lại.", seats);
    }

    /** Result line: alternate places left open. */
    public static String alternatesUnfilled(int alternates) {
        return String.format(Locale.ROOT,
                "Còn thiếu %d đại biểu dự khuyết: đại hội quyết định bầu tiếp hay dừng lại.", alternates);
    }

    /** Result line: the upper committee appoints the secretary. */
    public static String upperCommitteeAppoints() {
        return "Sau 3 lần bầu chưa có ai trúng cử bí thư chi bộ: cấp ủy cấp trên chỉ định bí thư.";
    }


    /** Summary: heading with the office and places. */
    public static String summaryHeading(Office office, int seats, int alternates) {
        if (alternates > 0) {
            return format("Kết quả kiểm phiếu bầu %s: cần bầu %d đại biểu chính thức và %d đại biểu dự khuyết.",
                    officeName(office), seats, alternates);
        }
        return format("Kết quả kiểm phiếu bầu %s: cần bầu %d người.", officeName(office), seats);
    }

    /** Summary: the line that opens the working of N. */
    public static String summaryBase(int n, int officialMembers, int subtracted) {
        return format("N = %d: %d đảng viên chính thức được triệu tập, trừ %d:", n, officialMembers, subtracted);
    }

    /** Summary: one itemised line (a subtraction from N, or an invalid reason). */
    public static String summaryItem(String label, long count) {
        return format("  − %s: %d", label, count);
    }

    /** Summary: one bulleted line of text, e.g. a problem. */
    public static String summaryBullet(String text) {
        return "  − " + text;
    }

    /** Summary: the votes needed. */
    public static String summaryThreshold(int votesNeeded, int n) {
        return format("Trúng cử khi được quá một nửa N: ít nhất %d phiếu (2 × số phiếu > %d).", votesNeeded, n);
    }

    /** Summary: issued, collected, valid and invalid ballots. */
    public static String summaryBallots(int issued, int collected, int valid, int invalid) {
        return format("Phiếu phát ra: %d; thu vào: %d; hợp lệ: %d; không hợp lệ: %d.", issued, collected, valid,
                invalid);
    }

    /** Summary: one candidate's line, rank counted from 1. */
    public static String summaryCandidate(int rank, CandidateResult result) {
        return format("%d. %s: %d phiếu, %s%% so với N, %s%% so với phiếu hợp lệ (%s)", rank, result.name(),
                result.votes(), percent(result.percentOfBase()), percent(result.percentOfValid()),
                outcome(result.outcome(), result.passed()));
    }

    /** Summary: who was elected. */
    public static String summaryElected(List<String> names) {
        return names.isEmpty() ? "Không ai trúng cử." : format("Trúng cử: %s.", joinNames(names));
    }

    /** Summary: the alternates in replacement order. */
    public static String summaryAlternates(List<String> names) {
        return format("Đại biểu dự khuyết (theo thứ tự thay thế): %s.", names.isEmpty() ? "chưa có" : joinNames(names));
    }

    /** Summary: heading of the problem lines. */
    public static String summaryProblems() {
        return "Số liệu cần kiểm tra lại:";
    }


    /** Command-line error: the input file does not exist. */
    public static String fileNotFound(String file) {
        return format("Không tìm thấy tệp %s.", file);
    }

    /** Command-line error: the input file cannot be read. */
    public static String fileUnreadable(String file, String detail) {
        return format("Không đọc được tệp %s: %s", file, detail);
    }

    /** Command-line error: the input is not valid JSON. */
    public static String jsonSyntax(String file, long line, long column) {
        return format("Tệp %s không phải là JSON hợp lệ (dòng %d, cột %d).", file, line, column);
    }

    /** Command-line error: a field the format does not have. */
    public static String unknownField(String field) {
        return format("Mục “%s” không có trong định dạng tệp kiểm phiếu.", field);
    }

    /** Command-line error: a field with a value of the wrong type. */
    public static String wrongType(String field) {
        return format("Mục “%s” có giá trị sai kiểu.", field);
    }

    /** Command-line error: a required field is missing. */
    public static String fieldMissing(String field) {
        return format("Thiếu mục “%s”.", field);
    }

    /** Command-line error: an unknown office. */
    public static String unknownOffice(String value) {
        return format("Chức danh bầu “%s” không hợp lệ; dùng committee, secretary, deputy hoặc delegates.", value);
    }

    /** Command-line error: an unknown mark on an agree/disagree ballot. */
    public static String unknownMark(int ballotNumber, String value) {
        return format("Phiếu số %d: dấu “%s” không hợp lệ; dùng agree, disagree, both hoặc none.", ballotNumber,
                value);
    }

    /** Command-line error: a ballot without exactly one of crossed, marks, invalid. */
    public static String ballotShape(int ballotNumber) {
        return format("Phiếu số %d phải có đúng một trong các mục crossed, marks, invalid.", ballotNumber);
    }

    /** Command-line error: the input was read but describes an impossible election. */
    public static String inputUnusable(String file, String detail) {
        return format("Không dùng được dữ liệu trong tệp %s: %s", file, detail);
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
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
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

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
