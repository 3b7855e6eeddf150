package vn.sochibo.importing.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.sochibo.common.Problem;
import vn.sochibo.io.excel.CellError;
import vn.sochibo.io.excel.CellValues;
import vn.sochibo.io.excel.RawCell;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.PoliticalTheory;

/** Turns one data row into a {@link ReadRow} under a column mapping; recognises footer rows. */
final class RowParser {

    private static final Pattern FOOTER = Pattern.compile(
            "(tong cong|tong so|cong \\d+|nguoi lap|t m|tm|bi thu|pho bi thu|xac nhan|thu truong|ky ghi ro|ky ten|danh sach nay)( .*)?"
            + "|.*\\bngay \\d+ thang \\d+ nam \\d+.*|.*\\bngay thang nam\\b.*");

    private final SheetLayout layout;
    private final Map<Integer, ColumnField> mapping;
    private final Map<String, SheetColumn> columnOfField = new HashMap<>();
    private final LocalDate today;

    RowParser(SheetLayout layout, Map<Integer, ColumnField> mapping, LocalDate today) {
        this.layout = layout;
        this.mapping = mapping;
        this.today = today;
        boolean birthUnderGender = false;
        for (Map.Entry<Integer, ColumnField> e : mapping.entrySet()) {
            for (String fed : e.getValue().feeds()) {
                columnOfField.putIfAbsent(fed, layout.column(e.getKey()));
            }
            if (e.getValue() == ColumnField.MALE || e.getValue() == ColumnField.FEMALE) {
                birthUnderGender = true;
            }
        }
        if (birthUnderGender) {
            columnOfField.putIfAbsent("birthDate", columnOfField.get("gender"));
        }
    }

    /** True for "Tổng cộng: 35 đồng chí", "Người lập biểu", "T/M CHI BỦY", "…, ngày 22 tháng 11 năm 2026" …. */
    static boolean isFooter(List<String> texts) {
        for (String t : texts) {
            if (!t.isBlank()) {
                return FOOTER.matcher(ColumnField.normalise(t)).matches();
            }
        }
        return false;
    }

    static boolean isBlank(List<String> texts) {
        return texts.stream().allMatch(String::isBlank);
    }

    /** The parts of a combined cell: one per line; a cell typed on one line is split at commas and semicolons. */
    static List<String> parts(String text, boolean splitCommas) {
        String[] lines = text.split("\\R", -1);
        if (lines.length == 1 && splitCommas) {
            lines = text.split("\\s*[,;]\\s*|\\s+-\\s+", -1);
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.strip());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String part(List<String> parts, int i) {
        return i < parts.size() && !parts.get(i).isEmpty() ? parts.get(i) : null;
    }

    private static final Pattern RECORD_NUMBER = Pattern.compile("\\d{4,6}\\s*[-/]?\\s*\\p{Lu}{1,3}");

    private static final Pattern DATE_IN_TEXT = Pattern.compile("\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}|\\b(19|20)\\d{2}\\b");

    /** A dated fact cell ("12/03/2020\nĐảng bộ phường X", "15/6/2021, bệnh"): its date and the words around it. */
    private static RowFacts.Dated dated(RawCell cell, String t) throws CellValues.BadValue {
        if (cell.value() instanceof java.time.LocalDateTime d) {
            return new RowFacts.Dated(d.toLocalDate(), null);
        }
        java.util.regex.Matcher m = DATE_IN_TEXT.matcher(t);
        if (!m.find()) {
            return new RowFacts.Dated(null, t.strip());
        }
        String date = m.group();
        LocalDate parsed = date.length() == 4 ? null : CellValues.date(new RawCell(date, null), date);
        String rest = (t.substring(0, m.start()) + " " + t.substring(m.end())).replaceAll("^[\\s,;:.\\-]+|[\\s,;:.\\-]+$", "")
                .replaceAll("\\s*\\R\\s*", ", ").strip();
        if (date.length() == 4) {
            rest = t.strip(); // a year alone is kept as written; the event date is then to confirm
        }
        return new RowFacts.Dated(parsed, rest.isEmpty() ? null : rest);
    }

    private static String joinedLines(String t) {
        return String.join(", ", parts(t, false).stream().filter(x -> !x.isEmpty()).toList());
    }

    ReadRow parse(int rowNumber, List<RawCell> cells, List<String> texts) {
        List<SheetProblem> problems = new ArrayList<>();
        Map<String, String> text = new HashMap<>();
        Gender[] gender = {null};
        LocalDate birthDate = null;
        Integer birthYear = null;
        Map<String, LocalDate> dates = new HashMap<>();
        PoliticalTheory theory = null;
        String status = null;
        RowFacts.Dated transferOut = null;
        RowFacts.Dated transferIn = null;
        RowFacts.Dated death = null;
        RowFacts.Dated leftParty = null;
        for (Map.Entry<Integer, ColumnField> e : mapping.entrySet()) {
            int i = e.getKey();
            ColumnField field = e.getValue();
            String t = i < texts.size() ? texts.get(i) : "";
            RawCell cell = i < cells.size() ? cells.get(i) : RawCell.EMPTY;
            if (t.isBlank()) {
                continue;
            }
            SheetColumn column = layout.column(i);
            String problemField = field == ColumnField.MALE || field == ColumnField.FEMALE ? "birthDate" : field.draftField();
            if (cell.value() instanceof CellError error && field != ColumnField.SEQUENCE && field != ColumnField.IGNORED) {
                problems.add(problem(rowNumber, column, Problem.error(problemField, "import.problem.formulaError", error.code())));
                continue;
            }
            try {
                switch (field) {
                    case FULL_NAME -> {
                        // Mẫu 7-HSĐV: the name's second line is the other name (tên gọi khác)
                        List<String> lines = parts(t, false);
                        text.put("fullName", lines.isEmpty() ? t : lines.get(0));
                        if (lines.size() > 1) {
                            String other = String.join(", ", lines.subList(1, lines.size()).stream().filter(x -> !x.isEmpty()).toList());
                            text.putIfAbsent("otherNames", other.isEmpty() ? null : other);
                        }
                    }
                    case GENDER -> gender[0] = MemberCells.gender(t);
                    case MALE, FEMALE -> {
                        String mark = ColumnField.normalise(t);
                        if (mark.equals("nam") || mark.equals("nu")) {
                            gender[0] = MemberCells.gender(t);
                        } else {
                            gender[0] = field == ColumnField.MALE ? Gender.NAM : Gender.NU;
                            if (!mark.equals("x") && !mark.equals("v")) {
                                CellValues.DateOrYear d = CellValues.dateOrYear(cell, t);
                                birthDate = d.date();
                                birthYear = d.year();
                            }
                        }
                    }
                    case BIRTH_DATE -> {
                        CellValues.DateOrYear d = CellValues.dateOrYear(cell, t);
                        birthDate = d.date();
                        birthYear = d.year();
                    }
                    case YOUTH_UNION_DATE, ADMISSION_DECISION_DATE, JOINED_DATE, OFFICIAL_DATE ->
                            dates.put(field.draftField(), CellValues.date(cell, t));
                    case PERSONAL_ID, PARTY_CARD -> {
                        CellValues.Digits d = CellValues.digits(cell, t);
                        if (d.padded()) {
                            problems.add(problem(rowNumber, column, Problem.warning(field.draftField(), "import.warning.leadingZeros", d.value())));
                        }
                        text.put(field.draftField(), d.value());
                    }
                    case POLITICAL_THEORY -> theory = MemberCells.theory(t);
                    case STATUS -> status = joinedLines(t);
                    case GENDER_ETHNICITY_RELIGION -> {
                        List<String> p = new ArrayList<>(parts(t, true));
                        if (!p.isEmpty() && isGenderWord(p.get(0))) {
                            gender[0] = MemberCells.gender(p.remove(0));
                        }
                        text.put("ethnicity", part(p, 0));
                        text.put("religion", part(p, 1));
                    }
                    case EDUCATION_COMBINED -> {
                        List<String> p = parts(t, false);
                        text.put("generalEducation", part(p, 0));
                        String th = part(p, 1);
                        theory = th == null ? null : MemberCells.theory(th);
                        text.put("professionalLevel", part(p, 2));
                        text.put("foreignLanguage", part(p, 3));
                    }
                    case OCCUPATION_BEFORE_NOW -> {
                        List<String> p = parts(t, false);
                        text.put("occupationBefore", part(p, 0));
                        text.put("occupation", part(p, 1));
                    }
                    case JOINED_OFFICIAL_DATES -> {
                        List<String> p = parts(t, true);
                        String joined = part(p, 0);
                        String official = part(p, 1);
                        if (joined != null) {
                            dates.put("joinedDate", p.size() == 1 ? CellValues.date(cell, joined) : CellValues.date(new RawCell(joined, null), joined));
                        }
                        if (official != null) {
                            dates.put("officialDate", CellValues.date(new RawCell(official, null), official));
                        }
                    }
                    case CARD_RECORD_BADGE -> {
                        // the record number is told by its form (6 digits and a province code, "000123 HN"); the
                        // other numbers go in order: card, then badge (src/site/rules.md)
                        List<String> p = new ArrayList<>(parts(t, true));
                        p.removeIf(String::isEmpty);
                        for (java.util.Iterator<String> it = p.iterator(); it.hasNext(); ) {
                            String x = it.next();
                            if (RECORD_NUMBER.matcher(x).matches()) {
                                text.put("recordNumber", x);
                                it.remove();
                                break;
                            }
                        }
                        text.put("partyCardNumber", part(p, 0));
                        text.put("badgeNumber", part(p, 1));
                    }
                    case SERVICE_BACKGROUND -> text.put("serviceBackground", joinedLines(t));
                    case TRANSFER_OUT -> transferOut = dated(cell, t);
                    case TRANSFER_IN -> transferIn = dated(cell, t);
                    case DEATH -> death = dated(cell, t);
                    case LEFT_PARTY -> leftParty = dated(cell, t);
                    case SEQUENCE, IGNORED -> {
                    }
                    default -> text.put(field.draftField(), t);
                }
            } catch (CellValues.BadValue bad) {
                problems.add(problem(rowNumber, column, Problem.error(problemField, bad.key(), bad.args())));
            } catch (IllegalStateException bad) {
                problems.add(problem(rowNumber, column, Problem.error(problemField, "import.problem.unreadable", t)));
            }
        }
        MemberDraft draft = new MemberDraft(text.get("fullName"), text.get("otherNames"), gender[0],
                birthDate, birthYear, text.get("birthPlace"), text.get("homeTown"),
                text.get("residence"), text.get("ethnicity"), text.get("religion"),
                text.get("personalId"), text.get("partyCardNumber"), text.get("recordNumber"), text.get("generalEducation"),
                text.get("professionalLevel"), theory, text.get("occupation"),
                text.get("jobPosition"), text.get("partyPosts"),
                dates.get("youthUnionDate"), dates.get("admissionDecisionDate"),
                dates.get("joinedDate"), dates.get("officialDate"),
                text.get("subBranch"), text.get("phone"), text.get("notes"), text.get("residenceBranch"),
                text.get("badgeNumber"), text.get("permanentAddress"), text.get("foreignLanguage"),
                text.get("occupationBefore"), text.get("serviceBackground"));
        for (Problem p : draft.importProblems(today)) {
            boolean alreadyReported = problems.stream().anyMatch(sp -> sp.isError() && p.field().equals(sp.problem().field()));
            if (!alreadyReported) {
                problems.add(problem(rowNumber, columnOfField.get(p.field()), p));
            }
        }
        RowFacts facts = new RowFacts(status, transferOut, transferIn, death, leftParty);
        return new ReadRow(rowNumber, draft, problems, texts, facts.isEmpty() ? RowFacts.NONE : facts);
    }

    private static boolean isGenderWord(String s) {
        String f = ColumnField.normalise(s);
        return f.equals("nam") || f.equals("nu");
    }

    private static SheetProblem problem(int row, SheetColumn column, Problem p) {
        return new SheetProblem(row, column == null ? null : column.letter(), column == null ? null : column.header(), p);
    }
}
