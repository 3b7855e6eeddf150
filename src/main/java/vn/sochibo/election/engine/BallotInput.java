package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.ValidationException;

/**
 * One ballot as the clerk types it, by position on the list (1 = first name on the ballot).
 *
 * <p>Typed forms: a list with surplus takes the numbers of the names crossed out ("2 5"; "0" = none
 * crossed; an empty field is refused, so a stray Enter never records a ballot); a list without surplus takes one letter per name in list order: {@code d} đồng ý, {@code k}
 * không đồng ý, {@code h} both boxes, {@code -} neither ("ddkd"); a ballot the board ruled invalid starts with
 * {@code !} followed by the reason ("!Không có dấu").
 */
public sealed interface BallotInput permits BallotInput.Crossing, BallotInput.Marks, BallotInput.Invalid {

    /** Kind stored in the database. */
    String kind();

    /** The typed form, canonical (sorted positions, lower-case letters): what two entries are compared by. */
    String typed();

    /**
     * The engine's ballot for a list.
     *
     * @param list the round's list in ballot order
     * @return the ballot
     */
    Ballot toBallot(List<Candidate> list);

    /**
     * Names crossed out, by position.
     *
     * @param positions 1-based positions, sorted, no duplicates
     */
    record Crossing(List<Integer> positions) implements BallotInput {
        /** Copies the list. */
        public Crossing {
            positions = List.copyOf(positions);
        }

        @Override
        public String kind() {
            return "CROSSING";
        }

        @Override
        public String typed() {
            return String.join(" ", positions.stream().map(String::valueOf).toList());
        }

        @Override
        public Ballot toBallot(List<Candidate> list) {
            return new Ballot.CrossingOut(positions.stream().map(p -> list.get(p - 1).name()).toList());
        }
    }

    /**
     * One mark per name, in list order.
     *
     * @param marks as many marks as names
     */
    record Marks(List<Mark> marks) implements BallotInput {
        /** Copies the list. */
        public Marks {
            marks = List.copyOf(marks);
        }

        @Override
        public String kind() {
            return "MARKS";
        }

        @Override
        public String typed() {
            StringBuilder text = new StringBuilder();
            for (Mark mark : marks) {
                text.append(switch (mark) {
                    case AGREE -> 'd';
                    case DISAGREE -> 'k';
                    case BOTH -> 'h';
                    case NONE -> '-';
                });
            }
            return text.toString();
        }

        @Override
        public Ballot toBallot(List<Candidate> list) {
            Map<String, Mark> byName = new LinkedHashMap<>();
            for (int i = 0; i < marks.size(); i++) {
                byName.put(list.get(i).name(), marks.get(i));
            }
            return new Ballot.AgreeDisagree(byName);
        }
    }

    /**
     * A ballot the board ruled invalid.
     *
     * @param reason the board's reason, not blank
     */
    record Invalid(String reason) implements BallotInput {
        @Override
        public String kind() {
            return "INVALID";
        }

        @Override
        public String typed() {
            return "!" + reason;
        }

        @Override
        public Ballot toBallot(List<Candidate> list) {
            return new Ballot.RuledInvalid(reason);
        }
    }

    /**
     * Reads what the clerk typed.
     *
     * @param text     the typed text
     * @param listSize names on the ballot
     * @param surplus  whether the list has surplus (crossing-out ballot) or not (agree/disagree ballot)
     * @return the ballot input
     * @throws ValidationException with a message key when the text does not fit the ballot
     */
    public static BallotInput parse(String text, int listSize, boolean surplus) {
        String cleaned = text == null ? "" : Text.clean(text);
        if (cleaned.isEmpty()) {
            // an empty field is a stray Enter, never a ballot (src/site/rules.md, "Sinh hoạt chi bộ và đại hội")
            throw invalid(surplus ? "election.ballot.problem.emptyCrossing" : "election.ballot.problem.emptyMarks");
        }
        if (surplus && cleaned.equals("0")) {
            return new Crossing(List.of());
        }
        if (cleaned.startsWith("!")) {
            String reason = Text.clean(cleaned.substring(1));
            if (reason.isEmpty()) {
                throw invalid("election.ballot.problem.reasonRequired");
            }
            return new Invalid(reason);
        }
        return surplus ? parseCrossing(cleaned, listSize) : parseMarks(cleaned, listSize);
    }

    /**
     * Rebuilds a stored ballot.
     *
     * @param kind    the stored kind
     * @param payload the stored typed form
     * @param listSize names on the ballot
     * @return the ballot input
     */
    public static BallotInput fromStored(String kind, String payload, int listSize) {
        return switch (kind) {
            case "CROSSING" -> parseCrossing(payload, listSize);
            case "MARKS" -> parseMarks(payload, listSize);
            default -> new Invalid(payload.startsWith("!") ? payload.substring(1) : payload);
        };
    }

    private static BallotInput parseCrossing(String text, int listSize) {
        TreeSet<Integer> positions = new TreeSet<>();
        for (String part : text.split("[\\s,;.+]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int position;
            try {
                position = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw invalid("election.ballot.problem.notANumber", part);
            }
            if (position < 1 || position > listSize) {
                throw invalid("election.ballot.problem.position", position, listSize);
            }
            if (!positions.add(position)) {
                throw invalid("election.ballot.problem.duplicate", position);
            }
        }
        return new Crossing(new ArrayList<>(positions));
    }

    private static BallotInput parseMarks(String text, int listSize) {
        String letters = text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        if (letters.length() != listSize) {
            throw invalid("election.ballot.problem.marksLength", listSize, letters.length());
        }
        List<Mark> marks = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            marks.add(switch (c) {
                case 'd', 'đ' -> Mark.AGREE;
                case 'k' -> Mark.DISAGREE;
                case 'h' -> Mark.BOTH;
                case '-', '0' -> Mark.NONE;
                default -> throw invalid("election.ballot.problem.markLetter", String.valueOf(c));
            });
        }
        return new Marks(marks);
    }

    private static ValidationException invalid(String key, Object... args) {
        return new ValidationException(List.of(Problem.error("ballot", key, args)));
    }
}
