package vn.sochibo.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;

/**
 * One line of the work list "Cần bổ sung": for a member, what an import inferred (to confirm) or found missing
 * (to fill in), as a {@link Problem} shown in the user's language, and where it came from (file, sheet, row).
 */
public record FollowUp(long id, long memberId, String memberName, Problem problem, String source) {

    private static final char SEPARATOR = '\u001F';

    /** The arguments as stored: each tagged with its type ("d:" date, "e:" status, "i:" whole number, "s:" text). */
    static String storeArgs(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (Object a : args) {
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            if (a instanceof LocalDate d) {
                out.append("d:").append(d);
            } else if (a instanceof MemberStatus || a instanceof MemberEventType) {
                out.append("e:").append(((Enum<?>) a).getDeclaringClass().getSimpleName()).append('.').append(((Enum<?>) a).name());
            } else if (a instanceof Integer || a instanceof Long) {
                out.append("i:").append(a);
            } else {
                out.append("s:").append(a == null ? "" : a.toString());
            }
        }
        return out.toString();
    }

    static List<Object> readArgs(String stored) {
        List<Object> args = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return args;
        }
        for (String part : stored.split(String.valueOf(SEPARATOR), -1)) {
            String value = part.length() >= 2 ? part.substring(2) : "";
            if (part.startsWith("d:")) {
                args.add(LocalDate.parse(value));
            } else if (part.startsWith("e:")) {
                String[] e = value.split("\\.", 2);
                args.add(e[0].equals("MemberStatus") ? MemberStatus.valueOf(e[1]) : MemberEventType.valueOf(e[1]));
            } else if (part.startsWith("i:")) {
                args.add(Long.valueOf(value));
            } else {
                args.add(value);
            }
        }
        return args;
    }

    /** The source as stored: file, sheet and row, joined. */
    public static String source(String file, String sheet, int row) {
        return file + SEPARATOR + sheet + SEPARATOR + row;
    }

    /** File, sheet and row of the source (for the message "Tệp …, trang tính …, dòng …"); empty when unknown. */
    public List<Object> sourceParts() {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        String[] parts = source.split(String.valueOf(SEPARATOR), -1);
        return parts.length == 3 ? List.of(parts[0], parts[1], parts[2]) : List.of(source);
    }
}
