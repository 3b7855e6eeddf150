package vn.sochibo.member;

import java.util.ArrayList;
import java.util.List;

/** The status choice above the member list: members on the register, everyone, or one status. */
public record StatusFilter(Kind kind, MemberStatus status) {

    public enum Kind { ON_REGISTER, ALL, ONE }

    public static final StatusFilter ON_REGISTER = new StatusFilter(Kind.ON_REGISTER, null);
    public static final StatusFilter ALL = new StatusFilter(Kind.ALL, null);

    /** Every choice in menu order. */
    public static List<StatusFilter> choices() {
        List<StatusFilter> choices = new ArrayList<>(List.of(ON_REGISTER, ALL));
        for (MemberStatus status : MemberStatus.values()) {
            choices.add(new StatusFilter(Kind.ONE, status));
        }
        return choices;
    }

    public boolean accepts(MemberStatus memberStatus) {
        return switch (kind) {
            case ON_REGISTER -> memberStatus.onRegister();
            case ALL -> true;
            case ONE -> memberStatus == status;
        };
    }
}
