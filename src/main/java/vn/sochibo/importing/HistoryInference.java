package vn.sochibo.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.common.Problem;
import vn.sochibo.importing.doc.ColumnField;
import vn.sochibo.importing.doc.RowFacts;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEvent;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberLifecycle;
import vn.sochibo.member.MemberStatus;

/**
 * A listed member's history from what the file says (src/site/rules.md, "Nhập danh sách đảng viên"): the
 * ceremony, recognition as official (from the file, or inferred when 12 months of probation are over, marked to
 * confirm), and the "Trạng thái", transfer, death and leaving columns as events with their dates. Whatever is
 * inferred or missing comes back as work-list lines. Pure: no database.
 */
final class HistoryInference {

    /** The record to store, its events, the status they lead to and the lines for the work list. */
    record Result(MemberDraft draft, List<EventDraft> history, MemberStatus status, List<Problem> followUps) {
    }

    /** What a "Trạng thái" text means. */
    enum StatusWord { ACTIVE, PROBATIONARY, OFFICIAL, TRANSFERRED_OUT, TEMPORARILY_AWAY, EXEMPT, SUSPENDED, REMOVED, EXPELLED, DECEASED, UNKNOWN }

    /** "Đang sinh hoạt", "Đã chuyển sinh hoạt", "Từ trần" … in any spelling; {@code null} for no text. */
    static StatusWord statusWord(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String f = " " + ColumnField.normalise(text) + " ";
        if (f.contains(" tu tran ") || f.contains(" da mat ") || f.contains(" qua doi ") || f.contains(" tu tran")) {
            return StatusWord.DECEASED;
        }
        if (f.contains(" tam thoi ")) {
            return StatusWord.TEMPORARILY_AWAY;
        }
        if (f.contains(" chuyen ")) {
            return StatusWord.TRANSFERRED_OUT;
        }
        if (f.contains(" xoa ten ")) {
            return StatusWord.REMOVED;
        }
        if (f.contains(" khai tru ")) {
            return StatusWord.EXPELLED;
        }
        if (f.contains(" dinh chi ")) {
            return StatusWord.SUSPENDED;
        }
        if (f.contains(" mien ")) {
            return StatusWord.EXEMPT;
        }
        if (f.contains(" du bi ")) {
            return StatusWord.PROBATIONARY;
        }
        if (f.contains(" chinh thuc ")) {
            return StatusWord.OFFICIAL;
        }
        if (f.contains(" dang sinh hoat ") || f.strip().equals("sinh hoat") || f.contains(" binh thuong ")) {
            return StatusWord.ACTIVE;
        }
        return StatusWord.UNKNOWN;
    }

    private HistoryInference() {
    }

    static Result infer(MemberDraft draft, RowFacts facts, LocalDate today) {
        List<EventDraft> history = new ArrayList<>();
        List<Problem> followUps = new ArrayList<>();
        StatusWord word = statusWord(facts.status());
        if (word == StatusWord.UNKNOWN) {
            followUps.add(Problem.warning("status", "import.followUp.statusUnknown", facts.status()));
        }
        if (draft.joinedDate() != null) {
            history.add(new EventDraft(MemberEventType.ADMITTED, draft.joinedDate(), null, null, null));
        }
        // Leaving events: from their own columns, else from the status word (date unknown: the import date, to confirm)
        List<EventDraft> leaving = new ArrayList<>();
        addLeaving(leaving, followUps, MemberEventType.TRANSFER_OUT, facts.transferOut(), word == StatusWord.TRANSFERRED_OUT, facts.status(), today);
        addLeaving(leaving, followUps, MemberEventType.DECEASED, facts.death(), word == StatusWord.DECEASED, facts.status(), today);
        addLeaving(leaving, followUps, MemberEventType.REMOVED, facts.leftParty(), word == StatusWord.REMOVED, facts.status(), today);
        addLeaving(leaving, followUps, MemberEventType.EXPELLED, null, word == StatusWord.EXPELLED, facts.status(), today);
        addLeaving(leaving, followUps, MemberEventType.TEMPORARY_LEAVE, null, word == StatusWord.TEMPORARILY_AWAY, facts.status(), today);
        addLeaving(leaving, followUps, MemberEventType.EXEMPTED, null, word == StatusWord.EXEMPT, facts.status(), today);
        addLeaving(leaving, followUps, MemberEventType.SUSPENDED, null, word == StatusWord.SUSPENDED, facts.status(), today);
        LocalDate limit = leaving.stream().filter(e -> e.type() != MemberEventType.TEMPORARY_LEAVE && e.type() != MemberEventType.EXEMPTED
                && e.type() != MemberEventType.SUSPENDED).map(EventDraft::date).min(LocalDate::compareTo).orElse(today);
        MemberDraft stored = draft;
        if (draft.officialDate() != null) {
            history.add(new EventDraft(MemberEventType.OFFICIAL, draft.officialDate(), null, null, null));
        } else if (draft.joinedDate() != null && word != StatusWord.PROBATIONARY) {
            LocalDate end = MemberLifecycle.probationEnd(draft.joinedDate());
            if (!end.isAfter(limit)) {
                history.add(new EventDraft(MemberEventType.OFFICIAL, end, null, null, null));
                stored = draft.withOfficialDate(end);
                followUps.add(Problem.warning("officialDate", "import.followUp.officialInferred", end, draft.joinedDate()));
            } else if (word == StatusWord.OFFICIAL) {
                followUps.add(Problem.warning("officialDate", "import.followUp.officialTooEarly", draft.joinedDate()));
            }
        } else if (draft.joinedDate() == null && (word == null || word == StatusWord.ACTIVE || word == StatusWord.OFFICIAL)) {
            followUps.add(Problem.warning("joinedDate", "import.followUp.noJoinedDate"));
        }
        if (facts.transferIn() != null) {
            if (facts.transferIn().date() != null) {
                history.add(new EventDraft(MemberEventType.TRANSFER_IN, facts.transferIn().date(), null, null, facts.transferIn().text()));
            } else {
                followUps.add(Problem.warning("status", "import.followUp.transferInNoDate", facts.transferIn().text()));
            }
        }
        history.addAll(leaving);
        List<MemberEvent> events = new ArrayList<>();
        for (EventDraft e : history) {
            events.add(new MemberEvent(events.size(), 0, e.type(), e.date(), e.endDate(), e.documentRef(), e.note()));
        }
        MemberStatus status = MemberLifecycle.status(events, MemberStatus.PROBATIONARY);
        return new Result(stored, List.copyOf(history), status, List.copyOf(followUps));
    }

    private static void addLeaving(List<EventDraft> out, List<Problem> followUps, MemberEventType type, RowFacts.Dated fact,
                                   boolean statusSays, String statusText, LocalDate today) {
        if (fact == null && !statusSays) {
            return;
        }
        LocalDate date = fact == null ? null : fact.date();
        String note = fact == null ? null : fact.text();
        if (date == null) {
            date = today;
            followUps.add(Problem.warning("status", "import.followUp.eventDateUnknown", type,
                    fact != null && fact.text() != null ? fact.text() : statusText == null ? "" : statusText, today));
        }
        out.add(new EventDraft(type, date, null, null, note));
    }
}
