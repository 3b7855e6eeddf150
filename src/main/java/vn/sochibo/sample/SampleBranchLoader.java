package vn.sochibo.sample;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.sochibo.branch.BranchKind;
import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.member.EventDraft;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberService;
import vn.sochibo.member.PoliticalTheory;

/**
 * Loads the realistic sample branch that ships in {@code samples/} (inside the jar as {@code /samples/}):
 * the profile, the sub-branches and every member with its history, in one transaction.
 */
public final class SampleBranchLoader {

    public static final String RESOURCE = "/samples/chi-bo-mau.json";

    private final BranchService branch;
    private final MemberService members;

    public SampleBranchLoader(BranchService branch, MemberService members) {
        this.branch = branch;
        this.members = members;
    }

    /** Reads the bundled sample file. */
    public SampleBranch read() {
        try (InputStream in = SampleBranchLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UserFacingException("sample.error.missing");
            }
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            return mapper.readValue(in, SampleBranch.class);
        } catch (IOException e) {
            throw new UserFacingException("sample.error.read", e, e.getMessage());
        }
    }

    /**
     * Loads the sample into the register. Refuses (changing nothing) when the register already has members.
     *
     * @param withProfile also store the sample's branch profile (the {@code demo} command; the first-run step
     *                    keeps the profile the clerk typed)
     * @return how many members were loaded
     */
    public int load(boolean withProfile) {
        SampleBranch sample = read();
        if (!members.list().isEmpty()) {
            throw new UserFacingException("sample.error.notEmpty");
        }
        if (withProfile) {
            SampleBranch.Profile p = sample.profile();
            branch.save(new BranchProfile(p.branchName(), p.upperBody(), p.placeName(), p.term(), BranchKind.valueOf(p.kind())));
        }
        List<MemberService.NewMember> newMembers = new ArrayList<>();
        for (SampleBranch.SampleMember m : sample.members()) {
            MemberDraft draft = new MemberDraft(m.fullName(), m.otherNames(), Gender.valueOf(m.gender()), m.birthDate(),
                        m.birthYear(), m.birthPlace(), m.homeTown(), m.residence(), m.ethnicity(), m.religion(),
                        m.personalId(), m.partyCardNumber(), m.recordNumber(), m.generalEducation(), m.professionalLevel(),
                        m.politicalTheory() == null ? null : PoliticalTheory.valueOf(m.politicalTheory()),
                        m.occupation(), m.jobPosition(), m.partyPosts(), m.youthUnionDate(), m.admissionDecisionDate(),
                        m.joinedDate(), m.officialDate(), m.subBranch(), m.phone(), m.notes());
                List<EventDraft> history = new ArrayList<>();
                for (SampleBranch.SampleEvent e : m.events()) {
                    history.add(new EventDraft(MemberEventType.valueOf(e.type()), e.date(), e.endDate(), e.documentRef(), e.note()));
                }
            newMembers.add(new MemberService.NewMember(draft, history));
        }
        return members.createAllWithHistory(newMembers).size();
    }
}
