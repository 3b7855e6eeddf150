package vn.sochibo.io.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.sochibo.common.Problem;
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
            if (e.getValue().draftField() != null) {
                columnOfField.putIfAbsent(e.getValue().draftField(), layout.column(e.getKey()));
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

    ReadRow parse(int rowNumber, List<RawCell> cells, List<String> texts) {
        List<SheetProblem> problems = new ArrayList<>();
        Map<ColumnField, String> text = new EnumMap<>(ColumnField.class);
        Gender gender = null;
        LocalDate birthDate = null;
        Integer birthYear = null;
        Map<ColumnField, LocalDate> dates = new EnumMap<>(ColumnField.class);
        String personalId = null;
        String card = null;
        PoliticalTheory theory = null;
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
                    case GENDER -> gender = CellValues.gender(t);
                    case MALE, FEMALE -> {
                        String mark = ColumnField.normalise(t);
                        if (mark.equals("nam") || mark.equals("nu")) {
                            gender = CellValues.gender(t);
                        } else {
                            gender = field == ColumnField.MALE ? Gender.NAM : Gender.NU;
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
                            dates.put(field, CellValues.date(cell, t));
                    case PERSONAL_ID, PARTY_CARD -> {
                        CellValues.Digits d = CellValues.digits(cell, t);
                        if (d.padded()) {
                            problems.add(problem(rowNumber, column, Problem.warning(field.draftField(), "import.warning.leadingZeros", d.value())));
                        }
                        if (field == ColumnField.PERSONAL_ID) {
                            personalId = d.value();
                        } else {
                            card = d.value();
                        }
                    }
                    case POLITICAL_THEORY -> theory = CellValues.theory(t);
                    case SEQUENCE, IGNORED -> {
                    }
                    default -> text.put(field, t);
                }
            } catch (CellValues.BadValue bad) {
                problems.add(problem(rowNumber, column, Problem.error(problemField, bad.key, bad.args)));
            } catch (IllegalStateException bad) {
                problems.add(problem(rowNumber, column, Problem.error(problemField, "import.problem.unreadable", t)));
            }
        }
        MemberDraft draft = new MemberDraft(text.get(ColumnField.FULL_NAME), text.get(ColumnField.OTHER_NAMES), gender,
                birthDate, birthYear, text.get(ColumnField.BIRTH_PLACE), text.get(ColumnField.HOME_TOWN),
                text.get(ColumnField.RESIDENCE), text.get(ColumnField.ETHNICITY), text.get(ColumnField.RELIGION),
                personalId, card, text.get(ColumnField.RECORD_NUMBER), text.get(ColumnField.GENERAL_EDUCATION),
                text.get(ColumnField.PROFESSIONAL_LEVEL), theory, text.get(ColumnField.OCCUPATION),
                text.get(ColumnField.JOB_POSITION), text.get(ColumnField.PARTY_POSTS),
                dates.get(ColumnField.YOUTH_UNION_DATE), dates.get(ColumnField.ADMISSION_DECISION_DATE),
                dates.get(ColumnField.JOINED_DATE), dates.get(ColumnField.OFFICIAL_DATE),
                text.get(ColumnField.SUB_BRANCH), text.get(ColumnField.PHONE), text.get(ColumnField.NOTES));
        for (Problem p : draft.problems(today)) {
            boolean alreadyReported = problems.stream().anyMatch(sp -> sp.isError() && p.field().equals(sp.problem().field()));
            if (!alreadyReported) {
                problems.add(problem(rowNumber, columnOfField.get(p.field()), p));
            }
        }
        return new ReadRow(rowNumber, draft, problems, texts);
    }

    private static SheetProblem problem(int row, SheetColumn column, Problem p) {
        return new SheetProblem(row, column == null ? null : column.letter(), column == null ? null : column.header(), p);
    }
}
