package vn.sochibo.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.sochibo.common.Problem;

/**
 * The one rule that two people never share a Party card number or a personal ID (số định danh), used by the
 * member form ({@link MemberService}) and by the import alike (rules.md, "Sổ đảng viên: sửa sai và vòng đời").
 * Holds the stored members by card number and by personal ID. Not thread-safe; build one per check or per import.
 */
public final class UniqueKeys {

    private final Map<String, MemberSummary> byCard = new HashMap<>();
    private final Map<String, MemberSummary> byId = new HashMap<>();

    public UniqueKeys(Collection<MemberSummary> stored) {
        for (MemberSummary m : stored) {
            if (m.partyCardNumber() != null) {
                byCard.putIfAbsent(m.partyCardNumber(), m);
            }
            if (m.personalId() != null) {
                byId.putIfAbsent(m.personalId(), m);
            }
        }
    }

    /** The stored member holding this card number, or null. */
    public MemberSummary cardHolder(String card) {
        return card == null ? null : byCard.get(card);
    }

    /** The stored member holding this personal ID, or null. */
    public MemberSummary idHolder(String personalId) {
        return personalId == null ? null : byId.get(personalId);
    }

    /**
     * Errors for a card number or personal ID of {@code draft} that a stored member holds who is not the same
     * person: card first, then ID.
     *
     * @param samePerson true for the stored member the draft stands for (the member being edited; for an
     *                   import, a stored member of the same name, whom the row updates)
     */
    public List<Problem> clashes(MemberDraft draft, Predicate<MemberSummary> samePerson) {
        List<Problem> problems = new ArrayList<>(2);
        MemberSummary card = cardHolder(draft.partyCardNumber());
        if (card != null && !samePerson.test(card)) {
            problems.add(Problem.error("partyCardNumber", "member.problem.cardTaken", draft.partyCardNumber(), card.fullName()));
        }
        MemberSummary id = idHolder(draft.personalId());
        if (id != null && !samePerson.test(id)) {
            problems.add(Problem.error("personalId", "member.problem.idTaken", draft.personalId(), id.fullName()));
        }
        return problems;
    }
}
