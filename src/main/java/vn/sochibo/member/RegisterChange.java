package vn.sochibo.member;

import java.util.List;

/**
 * One change made in the register window, kept so that "Hoàn tác" (Ctrl+Z) can take it back: each case holds what
 * the change replaced or removed, and what it left, so that an undo can first check nothing else has changed the
 * member since (see {@link MemberCorrectionService#undo}). Plain values; no state.
 */
public sealed interface RegisterChange {

    /** The member the change concerns. */
    long memberId();

    /** "Thêm đảng viên": undone by deleting the member again. */
    record MemberAdded(long memberId, String fullName) implements RegisterChange {
    }

    /** "Sửa": undone by putting the record back as it was ({@code after}: as the change left it). */
    record MemberEdited(long memberId, MemberDraft before, MemberDraft after) implements RegisterChange {
    }

    /** "Ghi biến động": undone by deleting the event. */
    record EventRecorded(long memberId, MemberEvent event) implements RegisterChange {
    }

    /** "Sửa biến động": undone by putting the event back as it was. */
    record EventAmended(long memberId, MemberEvent before, MemberEvent after) implements RegisterChange {
    }

    /** "Xóa biến động ghi nhầm": undone by recording the event again, with its number. */
    record EventDeleted(long memberId, MemberEvent event) implements RegisterChange {
    }

    /** "Xóa đảng viên nhập nhầm": undone by putting back the member, its history and its work-list lines. */
    record MemberDeleted(Member member, List<MemberEvent> events, List<FollowUp> followUps) implements RegisterChange {
        @Override
        public long memberId() {
            return member.id();
        }
    }
}
