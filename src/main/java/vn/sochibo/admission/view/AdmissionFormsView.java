package vn.sochibo.admission.view;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

import vn.sochibo.admission.AcceptableCheck;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.Choice;
import vn.sochibo.admission.Introducer;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.Verification;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.admission.service.AdmissionDocumentService;
import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FormDialog;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.FileKind;

/**
 * The forms of the "Phát triển đảng viên" screen, one per step the clerk records: each shows the fields (with the
 * ids the UI tests use) and the rule's note, and hands what was typed to {@link AdmissionViewModel}. No rule here.
 */
final class AdmissionFormsView {

    private final AdmissionViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final FileDialogs saveFiles;

    AdmissionFormsView(AdmissionViewModel viewModel, Messages messages, Dialogs dialogs, FileDialogs saveFiles) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.saveFiles = saveFiles;
    }

    private FormDialog form(String titleKey) {
        return new FormDialog(messages.get(titleKey), messages.get("common.save"), messages.get("common.cancel"));
    }

    private String choiceText(Choice c) {
        return c.label();
    }

    private FormDialog profileForm(String titleKey, CandidateProfile p) {
        List<String> genders = List.of("NAM", "NU");
        return form(titleKey)
                .choice("issuerField", messages.get("field.issuer"), viewModel.issuers(),
                        p != null ? p.issuer() : viewModel.issuers().isEmpty() ? null : viewModel.issuers().get(0), s -> s)
                .text("fullNameField", messages.get("field.fullName"), p == null ? "" : p.fullName())
                .choice("genderField", messages.get("field.gender"), genders, p == null ? null : p.gender(),
                        g -> messages.get("enum.Gender." + g))
                .text("birthDateField", messages.get("admission.form.birthDate"), p == null ? "" : Formats.date(p.birthDate()))
                .text("homeTownField", messages.get("field.homeTown"), p == null ? "" : p.homeTown())
                .text("residenceField", messages.get("field.residence"), p == null ? "" : p.residence())
                .text("occupationField", messages.get("admission.form.occupation"), p == null ? "" : p.occupation())
                .text("educationField", messages.get("field.generalEducation"), p == null ? "12/12" : p.education())
                .text("ethnicityField", messages.get("field.ethnicity"), p == null ? "Kinh" : p.ethnicity())
                .text("religionField", messages.get("field.religion"), p == null ? "Không" : p.religion());
    }

    private CandidateProfile profile(FormDialog f) {
        LocalDate birth = null;
        try {
            birth = f.text("birthDateField").isBlank() ? null : Formats.parseDate(f.text("birthDateField"));
        } catch (java.time.format.DateTimeParseException e) {
            birth = LocalDate.MAX; // refused by the profile's check with the date shown
        }
        return new CandidateProfile(f.<String>chosen("issuerField").orElse(null), f.text("fullNameField"),
                f.<String>chosen("genderField").orElse(null), birth, f.text("homeTownField"), f.text("residenceField"),
                f.text("occupationField"), f.text("educationField"), f.text("ethnicityField"), f.text("religionField"), null);
    }

    void add() {
        FormDialog f = profileForm("admission.add.title", null)
                .choice("routeField", messages.get("field.route"), Arrays.asList(IntroducerRoute.values()), IntroducerRoute.TWO_MEMBERS,
                        messages::label)
                .choice("helperField", messages.get("field.helper"), viewModel.officialMembers(), null, this::choiceText)
                .text("listedOnField", messages.get("admission.form.listedOn"), "")
                .note(messages.get("admission.add.note"), "muted");
        if (f.show(dialogs)) {
            viewModel.add(profile(f), f.<IntroducerRoute>chosen("routeField").orElse(null), f.<Choice>chosen("helperField").orElse(null),
                    f.text("listedOnField"), null);
        }
    }

    void edit() {
        CandidateProfile p = viewModel.fileProperty().get().candidate().profile();
        FormDialog f = profileForm("admission.edit.title", p);
        if (f.show(dialogs)) {
            CandidateProfile edited = profile(f);
            viewModel.update(new CandidateProfile(edited.issuer(), edited.fullName(), edited.gender(), edited.birthDate(),
                    edited.homeTown(), edited.residence(), edited.occupation(), edited.education(), edited.ethnicity(),
                    edited.religion(), p.notes()));
        }
    }

    void route() {
        Candidate c = viewModel.fileProperty().get().candidate();
        Choice helper = viewModel.officialMembers().stream().filter(m -> Long.valueOf(m.id()).equals(c.helperMemberId())).findFirst().orElse(null);
        FormDialog f = form("admission.route.title")
                .choice("routeField", messages.get("field.route"), Arrays.asList(IntroducerRoute.values()), c.route(), messages::label)
                .choice("helperField", messages.get("field.helper"), viewModel.officialMembers(), helper, this::choiceText);
        if (f.show(dialogs)) {
            viewModel.setRouteAndHelper(f.<IntroducerRoute>chosen("routeField").orElse(null), f.<Choice>chosen("helperField").orElse(null));
        }
    }

    void follow() {
        FormDialog f = form("admission.follow.title")
                .choice("memberField", messages.get("admission.form.probationary"), viewModel.toFollow(), null,
                        c -> c.label() + " (" + Formats.date(c.date()) + ")");
        if (f.show(dialogs)) {
            viewModel.follow(f.<Choice>chosen("memberField").orElse(null));
        }
    }

    void step() {
        FormDialog f = form("admission.step.title")
                .choice("stepField", messages.get("field.step"), viewModel.steps(), null, messages::label)
                .text("dateField", messages.get("field.date"), viewModel.todayText())
                .text("refField", messages.get("field.documentRef"), "")
                .area("contentField", messages.get("field.stepContent"), "")
                .choice("meetingField", messages.get("field.meeting"), viewModel.meetings(), null, this::choiceText)
                .note(messages.get("admission.step.note"), "muted");
        if (f.show(dialogs)) {
            viewModel.recordStep(f.<Step>chosen("stepField").orElse(null), f.text("dateField"), f.text("refField"), f.text("contentField"),
                    f.<Choice>chosen("meetingField").orElse(null));
        }
    }

    void removeStep() {
        Candidate c = viewModel.fileProperty().get().candidate();
        FormDialog f = form("admission.removeStep.title")
                .choice("stepField", messages.get("field.step"), List.copyOf(c.steps().keySet()), null, messages::label)
                .text("reasonField", messages.get("admission.form.reason"), "");
        if (f.show(dialogs)) {
            f.<Step>chosen("stepField").ifPresent(s -> viewModel.removeStep(s, f.text("reasonField")));
        }
    }

    void introducer() {
        Candidate c = viewModel.fileProperty().get().candidate();
        FormDialog f = form("admission.introducer.title")
                .choice("memberField", messages.get("field.introducer"), viewModel.officialMembers(), null, this::choiceText)
                .text("sinceField", messages.get("admission.form.togetherSince"), "")
                .text("onField", messages.get("admission.form.introducedOn"), "")
                .check("replacementField", messages.get("admission.form.replacement"), false)
                .note(messages.get("admission.introducer.note", messages.label(c.route())), "muted");
        if (!c.introducers().isEmpty()) {
            f.choice("removeField", messages.get("admission.form.removeIntroducer"), c.introducers(), null, Introducer::fullName);
        }
        if (f.show(dialogs)) {
            java.util.Optional<Introducer> remove = c.introducers().isEmpty() ? java.util.Optional.empty() : f.chosen("removeField");
            if (remove.isPresent()) {
                viewModel.removeIntroducer(remove.get());
            } else {
                viewModel.addIntroducer(f.<Choice>chosen("memberField").orElse(null), f.text("sinceField"), f.text("onField"),
                        f.checked("replacementField"));
            }
        }
    }

    void verification() {
        FormDialog f = form("admission.verification.title")
                .text("subjectField", messages.get("field.verifiedPerson"), "")
                .text("addresseeField", messages.get("field.addressee"), "")
                .check("abroadField", messages.get("admission.form.abroad"), false)
                .text("receivedField", messages.get("field.receivedOn"), "")
                .note(messages.get("admission.verification.note"), "muted");
        if (f.show(dialogs)) {
            viewModel.addVerification(f.text("subjectField"), f.text("addresseeField"), f.checked("abroadField"), f.text("receivedField"));
        }
    }

    void reply() {
        List<Verification> open = viewModel.fileProperty().get().candidate().verifications();
        FormDialog f = form("admission.reply.title")
                .choice("requestField", messages.get("admission.form.request"), open, open.stream().filter(v -> !v.answered()).findFirst()
                        .orElse(null), v -> v.subject() + " – " + v.addressee() + " (" + Formats.date(v.receivedOn()) + ")")
                .text("repliedField", messages.get("field.repliedOn"), "")
                .area("resultField", messages.get("field.result"), "");
        if (f.show(dialogs)) {
            f.<Verification>chosen("requestField").ifPresent(v -> viewModel.recordReply(v, f.text("repliedField"), f.text("resultField")));
        }
    }

    void vote() {
        VotePurpose purpose = viewModel.purpose();
        FormDialog f = form("admission.vote.title")
                .note(messages.label(purpose), "section-title")
                .choice("meetingField", messages.get("field.meeting"), viewModel.meetings(), null, this::choiceText)
                .note("voteBaseLabel", "", "muted")
                .text("forField", messages.get("admission.form.for"), "")
                .text("againstField", messages.get("admission.form.against"), "0")
                .text("otherField", messages.get("admission.form.other"), "0")
                .note(messages.get("admission.vote.note"), "muted");
        @SuppressWarnings("unchecked")
        ComboBox<Choice> meeting = (ComboBox<Choice>) f.field("meetingField");
        Label base = (Label) f.field("voteBaseLabel");
        meeting.valueProperty().addListener((o, a, m) -> base.setText(viewModel.baseText(m, purpose)));
        if (f.show(dialogs)) {
            viewModel.vote(f.<Choice>chosen("meetingField").orElse(null), f.text("forField"), f.text("againstField"), f.text("otherField"));
        }
    }

    void ceremony() {
        FormDialog f = form("admission.ceremony.title")
                .text("dateField", messages.get("field.date"), "")
                .text("noteField", messages.get("field.note"), "")
                .note(messages.get("admission.ceremony.note"), "muted");
        if (f.show(dialogs)) {
            viewModel.ceremony(f.text("dateField"), f.text("noteField"));
        }
    }

    void official() {
        FormDialog f = form("admission.official.title")
                .text("refField", messages.get("admission.form.decisionNumber"), "")
                .text("dateField", messages.get("admission.form.decisionDate"), "")
                .note(messages.get("admission.official.note", viewModel.fileProperty().get().probationEnd()), "muted");
        if (f.show(dialogs)) {
            viewModel.recognise(f.text("refField"), f.text("dateField"));
        }
    }

    void accept() {
        FormDialog f = form("admission.accept.title")
                .choice("checkField", messages.get("admission.form.check"), Arrays.asList(AcceptableCheck.values()), null, messages::label)
                .text("reasonField", messages.get("admission.form.reason"), "")
                .note(messages.get("admission.accept.note"), "muted");
        if (f.show(dialogs)) {
            f.<AcceptableCheck>chosen("checkField").ifPresent(c -> viewModel.accept(c, f.text("reasonField")));
        }
    }

    void document(AdmissionDocumentService.Document d) {
        FormDialog f = form("admission.document.title")
                .note(messages.label(d), "section-title")
                .text("numberField", messages.get("admission.form.number"), "");
        if (d == AdmissionDocumentService.Document.RESOLUTION_ADMISSION || d == AdmissionDocumentService.Document.RESOLUTION_FULL) {
            f.note(messages.get("admission.document.numberNote"), "muted");
        }
        if (f.show(dialogs)) {
            saveFiles.save(messages.get("admission.document.saveTitle"), FileKind.DOCUMENT, viewModel.suggestedName(d))
                    .ifPresent(out -> viewModel.export(d, f.text("numberField"), out));
        }
    }

    void delete() {
        Candidate c = viewModel.fileProperty().get().candidate();
        dialogs.confirmDestructive(messages.get("admission.delete.title"), messages.get("admission.delete.question", c.profile().fullName()),
                messages.get("admission.form.reason")).ifPresent(viewModel::delete);
    }
}
