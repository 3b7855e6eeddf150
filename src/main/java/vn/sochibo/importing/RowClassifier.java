package vn.sochibo.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.importing.doc.ReadRow;
import vn.sochibo.importing.doc.SheetColumn;
import vn.sochibo.importing.doc.SheetProblem;
import vn.sochibo.member.DraftFields;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.member.UniqueKeys;

/**
 * Decides each row's {@link RowState}: errors first; then the same member as an earlier row of the file (same
 * card number, same personal ID, or same name and birth date) is a duplicate; then a member already stored
 * (matched the same way) is an update; else new. A card number or personal ID that an earlier row or a stored
 * member has under another name is an error: two people cannot share one, and a stored record is never
 * overwritten with someone else's. Remembers the keys it has seen, so feed rows in file order.
 */
final class RowClassifier {

    private final UniqueKeys storedKeys;
    private final Map<String, Long> storedByNameBirth = new HashMap<>();
    private final Map<Long, String> storedCards = new HashMap<>();
    private final Map<String, Integer> fileByCard = new HashMap<>();
    private final Map<String, Integer> fileById = new HashMap<>();
    private final Map<String, Integer> fileByNameBirth = new HashMap<>();
    private final Map<Integer, String> fileCards = new HashMap<>();
    private final Map<Integer, String> fileNames = new HashMap<>();
    private final Map<String, SheetColumn> columns;
    private final LongFunction<MemberDraft> storedDraft;
    private final Map<Long, MemberStatus> storedStatus = new HashMap<>();
    private final LocalDate today;

    /**
     * @param columns the sheet column of each draft field the mapping reads ("fullName", "partyCardNumber" …)
     */
    RowClassifier(List<MemberSummary> stored, Map<String, SheetColumn> columns, LongFunction<MemberDraft> storedDraft,
                  LocalDate today) {
        this.columns = columns;
        this.storedDraft = storedDraft;
        this.today = today;
        this.storedKeys = new UniqueKeys(stored);
        for (MemberSummary m : stored) {
            storedStatus.put(m.id(), m.status());
            if (m.partyCardNumber() != null) {
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

    private static boolean sameName(String a, String b) {
        return a != null && b != null && Text.fold(a).equals(Text.fold(b));
    }

    private static String birthKey(MemberDraft d) {
        return d.birthDate() != null ? d.birthDate().toString() : d.birthYear() != null ? String.valueOf(d.birthYear()) : null;
    }

    private static boolean differentCards(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    private PreviewRow rejected(ReadRow row, RowState state, String field, String key, Object... args) {
        SheetColumn column = columns.get(field);
        List<SheetProblem> problems = new java.util.ArrayList<>(row.problems());
        problems.add(new SheetProblem(row.rowNumber(), column == null ? null : column.letter(),
                column == null ? null : column.header(), Problem.error(field, key, args)));
        return new PreviewRow(row.rowNumber(), state, row.draft(), null, problems, row.cells());
    }

    PreviewRow classify(ReadRow row) {
        MemberDraft d = row.draft();
        if (row.hasErrors()) {
            return new PreviewRow(row.rowNumber(), RowState.ERROR, d, null, row.problems(), row.cells());
        }
        String card = d.partyCardNumber();
        String id = d.personalId();
        String birth = birthKey(d);
        String nameBirth = birth == null ? null : key(d.fullName(), birth);
        Integer earlier = card != null ? fileByCard.get(card) : null;
        if (earlier != null && !sameName(fileNames.get(earlier), d.fullName())) {
            return rejected(row, RowState.DUPLICATE, "partyCardNumber", "import.problem.duplicateId", card, earlier);
        }
        if (earlier == null && id != null) {
            earlier = fileById.get(id);
            if (earlier != null && !sameName(fileNames.get(earlier), d.fullName())) {
                return rejected(row, RowState.DUPLICATE, "personalId", "import.problem.duplicateId", id, earlier);
            }
        }
        if (earlier == null && nameBirth != null) {
            earlier = fileByNameBirth.get(nameBirth);
            if (earlier != null && differentCards(card, fileCards.get(earlier))) {
                earlier = null; // same name and birth date, but two card numbers: two people
            }
        }
        if (earlier != null) {
            return rejected(row, RowState.DUPLICATE, "fullName", "import.problem.duplicate", earlier);
        }
        if (card != null) {
            fileByCard.put(card, row.rowNumber());
            fileCards.put(row.rowNumber(), card);
        }
        if (id != null) {
            fileById.putIfAbsent(id, row.rowNumber());
        }
        if (nameBirth != null) {
            fileByNameBirth.put(nameBirth, row.rowNumber());
        }
        fileNames.put(row.rowNumber(), d.fullName());
        // the same rule as the member form: a stored member of the same name is the one this row updates
        List<Problem> clashes = storedKeys.clashes(d, holder -> sameName(holder.fullName(), d.fullName()));
        if (!clashes.isEmpty()) {
            Problem p = clashes.get(0);
            return rejected(row, RowState.ERROR, p.field(), p.messageKey(), p.args().toArray());
        }
        MemberSummary byCard = storedKeys.cardHolder(card);
        MemberSummary byId = storedKeys.idHolder(id);
        Long stored = byCard != null ? Long.valueOf(byCard.id()) : byId != null ? Long.valueOf(byId.id()) : null;
        if (stored == null && nameBirth != null) {
            stored = storedByNameBirth.get(nameBirth);
            if (stored != null && differentCards(card, storedCards.get(stored))) {
                stored = null;
            }
        }
        HistoryInference.Result inferred = HistoryInference.infer(d, row.facts(), today);
        if (stored != null) {
            // an update replaces the record and keeps the stored history; a different status in the file is
            // not applied silently but put on the work list
            MemberDraft before = storedDraft.apply(stored);
            MemberDraft merged = Drafts.overlay(before, d);
            List<Problem> followUps = new ArrayList<>(missing(merged.importProblems(today)));
            MemberStatus now = storedStatus.get(stored);
            if (!row.facts().isEmpty() && now != null && inferred.status() != now) {
                followUps.add(Problem.warning("status", "import.followUp.statusDiffers", inferred.status(), now));
            }
            return new PreviewRow(row.rowNumber(), RowState.UPDATE, merged, stored, row.problems(), row.cells(), List.of(), now,
                    List.copyOf(followUps), DraftFields.changes(before, merged));
        }
        List<Problem> followUps = new ArrayList<>(missing(d.importProblems(today)));
        followUps.addAll(inferred.followUps());
        return new PreviewRow(row.rowNumber(), RowState.NEW, inferred.draft(), null, row.problems(), row.cells(),
                inferred.history(), inferred.status(), List.copyOf(followUps), List.of());
    }

    /** The fields the list left empty that the register needs (gender, birth date, ceremony date). */
    private static List<Problem> missing(List<Problem> problems) {
        return problems.stream().filter(p -> !p.isError() && MemberDraft.COMPLETE_LATER.contains(p.field())
                && p.messageKey().endsWith(".required")).toList();
    }
}
