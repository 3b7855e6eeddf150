package vn.sochibo.sample;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The sample branch file ({@code samples/chi-bo-mau.json}) as Jackson reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SampleBranch(Profile profile, List<String> subBranches, List<SampleMember> members) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(String branchName, String upperBody, String placeName, String term, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SampleMember(String fullName, String otherNames, String gender, LocalDate birthDate, Integer birthYear,
                               String birthPlace, String homeTown, String residence, String ethnicity, String religion,
                               String personalId, String partyCardNumber, String recordNumber, String generalEducation,
                               String professionalLevel, String politicalTheory, String occupation, String jobPosition,
                               String partyPosts, LocalDate youthUnionDate, LocalDate admissionDecisionDate,
                               LocalDate joinedDate, LocalDate officialDate, String subBranch, String phone, String notes,
                               List<SampleEvent> events) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SampleEvent(String type, LocalDate date, LocalDate endDate, String documentRef, String note) {
    }
}
