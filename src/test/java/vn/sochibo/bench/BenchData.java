package vn.sochibo.bench;

import java.util.List;

import vn.sochibo.member.MemberService;

/** Shared generated data for benchmarks. */
public final class BenchData {
    private BenchData() {
    }

    public static List<MemberService.NewMember> members(int count) {
        return MemberGenerator.members(count, 42);
    }
}
