package vn.sochibo.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.io.excel.ReadRow;
import vn.sochibo.io.excel.SheetColumn;
import vn.sochibo.io.excel.SheetProblem;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberSummary;

/**
 * Decides each row's {@link RowState}: errors first; then the same member as an earlier row of the file
 * (same card number, or same name and birth date) is a duplicate; then a member already stored (matched the
 * same way) is an update; else new. Remembers the keys it has seen, so feed rows in file order.
 */
final class RowClassifier {

    private final Map<String, Long> storedByCard = new HashMap<>();
    private final Map<String, Long> storedByNameBirth = new HashMap<>();
    private final Map<Long, String> storedCards = new HashMap<>();
    private final Map<String, Integer> fileByCard = new HashMap<>();
    private final Map<String, Integer> fileByNameBirth = new HashMap<>();
    private final Map<Integer, String> fileCards = new HashMap<>();
    private final SheetColumn nameColumn;
    private final LongFunction<MemberDraft> storedDraft;

    RowClassifier(List<MemberSummary> stored, SheetColumn nameColumn, LongFunction<MemberDraft> storedDraft) {
        this.nameColumn = nameColumn;
        this.storedDraft = storedDraft;
        for (MemberSummary m : stored) {
            if (m.partyCardNumber() != null) {
                storedByCard.putIfAbsent(m.partyCardNumber(), m.id());
                storedCards.put(m.id(), m.partyCardNumber());
            }
            if (m.birthDate() != null) {
                storedByNameBirth.putIfAbsent(key(m.fullName(), m.birthDate().toString()), m.id());
            }
            if (m.birthYear() != null) {
                storedByNameBirth.putIfAbsent(key(m.fullName(), String.valueOf(m.birthYear())), m.id());
            }
        }
    }

    private static String key(String name, String birth) {
        return Text.fold(name) + "|" + birth;
    }

    private static String birthKey(MemberDraft d) {
        return d.birthDate() != null ? d.birthDate().toString() : d.birthYear() != null ? String.valueOf(d.birthYear()) : null;
    }

    private static boolean differentCards(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    PreviewRow classify(ReadRow row) {
        MemberDraft d = row.draft();
        if (row.hasErrors()) {
            return new PreviewRow(row.rowNumber(), RowState.ERROR, d, null, row.problems(), row.cells());
        }
        String card = d.partyCardNumber();
        String birth = birthKey(d);
        String nameBirth = birth == null ? null : key(d.fullName(), birth);
        Integer earlier = card != null ? fileByCard.get(card) : null;
        if (earlier == null && nameBirth != null) {
            earlier = fileByNameBirth.get(nameBirth);
            if (earlier != null && differentCards(card, fileCards.get(earlier))) {
                earlier = null; // same name and birth date, but two card numbers: two people
            }
        }
        if (earlier != null) {
            List<SheetProblem> problems = new java.util.ArrayList<>(row.problems());
            problems.add(new SheetProblem(row.rowNumber(), nameColumn == null ? null : nameColumn.letter(),
                    nameColumn == null ? null : nameColumn.header(), Problem.error("fullName", "import.problem.duplicate", earlier)));
            return new PreviewRow(row.rowNumber(), RowState.DUPLICATE, d, null, problems, row.cells());
        }
        if (card != null) {
            fileByCard.put(card, row.rowNumber());
            fileCards.put(row.rowNumber(), card);
        }
        if (nameBirth != null) {
            fileByNameBirth.put(nameBirth, row.rowNumber());
        }
        Long stored = card != null ? storedByCard.get(card) : null;
        if (stored == null && nameBirth != null) {
            stored = storedByNameBirth.get(nameBirth);
            if (stored != null && differentCards(card, storedCards.get(stored))) {
                stored = null;
            }
        }
        if (stored != null) {
            MemberDraft merged = Drafts.overlay(storedDraft.apply(stored), d);
            return new PreviewRow(row.rowNumber(), RowState.UPDATE, merged, stored, row.problems(), row.cells());
        }
        return new PreviewRow(row.rowNumber(), RowState.NEW, d, null, row.problems(), row.cells());
    }
}
