package vn.sochibo.admission.view;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

import vn.sochibo.admission.AcceptableCheck;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateFile;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.CandidateSummary;
import vn.sochibo.admission.Checklist;
import vn.sochibo.admission.Choice;
import vn.sochibo.admission.Introducer;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.CandidateStage;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.Verification;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.admission.service.AdmissionDocumentService;
import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FormDialog;
import vn.sochibo.ui.SaveFiles;
import vn.sochibo.ui.Styles;

/**
 * Code-behind of the "Phát triển đảng viên" screen: the candidates list, the selected file's checklist and the
 * forms of each step. Binds controls to {@link AdmissionViewModel} and forwards what the clerk typed; no rule here.
 */
public final class AdmissionView {

    private final AdmissionViewModel viewModel;
    private final Messages messages;
    private final Dialogs dialogs;
    private final SaveFiles saveFiles;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private CheckBox closedCheck;
    @FXML private Button addButton;
    @FXML private Button followButton;
    @FXML private Label problemLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<CandidateSummary> candidateTable;
    @FXML private TableColumn<CandidateSummary, String> nameColumn;
    @FXML private TableColumn<CandidateSummary, String> nextColumn;
    @FXML private BorderPane detailsPane;
    @FXML private Label nameLabel;
    @FXML private Label stageLabel;
    @FXML private Label profileLabel;
    @FXML private Label datesLabel;
    @FXML private Label generalLabel;
    @FXML private Label hintLabel;
    @FXML private Button editButton;
    @FXML private TableView<Checklist.Line> checklistTable;
    @FXML private TableColumn<Checklist.Line, String> itemColumn;
    @FXML private TableColumn<Checklist.Line, String> stateColumn;
    @FXML private TableColumn<Checklist.Line, String> dateColumn;
    @FXML private TableColumn<Checklist.Line, String> itemDueColumn;
    @FXML private TableColumn<Checklist.Line, String> noteColumn;
    @FXML private FlowPane actionsPane;
    @FXML private Button voteButton;
    @FXML private Button ceremonyButton;
    @FXML private Button officialButton;
    @FXML private MenuButton documentButton;

    public AdmissionView(AdmissionViewModel viewModel, Messages messages, Dialogs dialogs, SaveFiles saveFiles) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
        this.saveFiles = saveFiles;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        closedCheck.selectedProperty().bindBidirectional(viewModel.showClosedProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        candidateTable.setItems(viewModel.rows());
        // two lines per candidate: name over stage, next step over its due date, so the list stays narrow
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fullName() + "\n" + messages.label(c.getValue().stage())));
        nameColumn.setCellFactory(col -> twoLineCell());
        nextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(nextText(c.getValue())));
        nextColumn.setCellFactory(col -> twoLineCell());
        candidateTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CandidateSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("late-row");
                if (!empty && item != null && item.late() > 0) {
                    getStyleClass().add("late-row");
                }
            }
        });
        candidateTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null || !viewModel.rows().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(b);
            }
        });
        viewModel.selectedProperty().addListener((o, a, b) -> {
            if (b != candidateTable.getSelectionModel().getSelectedItem()) {
                candidateTable.getSelectionModel().select(b);
            }
        });
        candidateTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Styles.scaleColumnsWithText(candidateTable);
        itemColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().item())));
        itemColumn.setCellFactory(col -> wrappingCell());
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().state())));
        stateColumn.setCellFactory(col -> stateCell());
        dateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().date())));
        itemDueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.date(c.getValue().due())));
        noteColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().notes().stream()
                .map(viewModel::describe).collect(Collectors.joining("\n"))));
        noteColumn.setCellFactory(col -> wrappingCell());
        checklistTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Styles.scaleColumnsWithText(checklistTable);
        hintLabel.visibleProperty().bind(viewModel.fileProperty().isNull());
        detailsPane.visibleProperty().bind(viewModel.fileProperty().isNotNull());
        viewModel.fileProperty().addListener((o, a, f) -> show(f));
        root.disableProperty().bind(viewModel.busyProperty());
        viewModel.refresh();
    }

    private String nextText(CandidateSummary r) {
        if (r.next() == null) {
            return "";
        }
        String second = (r.nextDue() == null ? "" : messages.get("admission.list.due", r.nextDue()))
                + (r.late() > 0 ? (r.nextDue() == null ? "" : " · ") + messages.get("admission.list.late", r.late()) : "");
        return messages.label(r.next()) + "\n" + second;
    }

    /** Reloads (called when the screen is shown). */
    public void refresh() {
        viewModel.refresh();
    }

    /** Shows one candidate's file (a reminder was clicked). */
    public void open(long candidateId) {
        viewModel.select(candidateId);
    }

    private TableCell<Checklist.Line, String> stateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("error-text", "warning-text", "success-text", "muted");
                Checklist.Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (line != null) {
                    getStyleClass().add(switch (line.state()) {
                        case DONE, ACCEPTED -> "success-text";
                        case LATE, PROBLEM -> "error-text";
                        case FLAGGED -> "warning-text";
                        default -> "muted";
                    });
                }
            }
        };
    }

    /** A cell of two lines: the first as it is, the second smaller and muted. */
    private static TableCell<CandidateSummary, String> twoLineCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(null);
                if (empty || text == null) {
                    setGraphic(null);
                    return;
                }
                String[] lines = text.split("\n", 2);
                Label first = new Label(lines[0]);
                Label second = new Label(lines.length > 1 ? lines[1] : "");
                second.getStyleClass().addAll("muted", "small-text");
                setGraphic(new javafx.scene.layout.VBox(1, first, second));
            }
        };
    }

    /** A cell whose text wraps to the column's width (the row grows). */
    private static TableCell<Checklist.Line, String> wrappingCell() {
        return new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.getStyleClass().add("cell-text");
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                text.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : text);
            }
        };
    }

    private void show(CandidateFile f) {
        documentButton.getItems().clear();
        if (f == null) {
            checklistTable.getItems().clear();
            return;
        }
        Candidate c = f.candidate();
        CandidateProfile p = c.profile();
        nameLabel.setText(p.fullName());
        stageLabel.setText(messages.label(c.stage()));
        profileLabel.setText(messages.get("admission.details.profile", p.issuer(), p.birthDate() == null ? "—" : Formats.date(p.birthDate()),
                orDash(p.homeTown()), orDash(p.occupation()), messages.label(c.route()), orDash(c.helperName())));
        String introducers = c.introducers().stream().map(i -> i.fullName() + " (" + Formats.date(i.togetherSince()) + ")")
                .collect(Collectors.joining(", "));
        datesLabel.setText((introducers.isEmpty() ? "" : messages.get("admission.details.introducers", introducers) + "  ")
                + (f.probationEnd() == null ? "" : messages.get("admission.details.probation", f.probationEnd(), f.fullVoteDue())));
        generalLabel.setText(f.checklist().general().stream().map(viewModel::describe).collect(Collectors.joining("\n")));
        checklistTable.getItems().setAll(f.checklist().lines());
        CandidateStage stage = c.stage();
        voteButton.setDisable(stage.member() && stage != CandidateStage.PROBATION || stage.closed());
        ceremonyButton.setDisable(stage != CandidateStage.DECIDED);
        officialButton.setDisable(stage != CandidateStage.FULL_PROPOSED && stage != CandidateStage.REFERRED_UP);
        for (AdmissionDocumentService.Document d : viewModel.documents()) {
            MenuItem item = new MenuItem(messages.label(d));
            item.setId("document" + d.form());
            item.setOnAction(e -> onDocument(d));
            documentButton.getItems().add(item);
        }
        documentButton.setDisable(documentButton.getItems().isEmpty());
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
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

    @FXML
    private void onAdd() {
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

    @FXML
    private void onEdit() {
        CandidateProfile p = viewModel.fileProperty().get().candidate().profile();
        FormDialog f = profileForm("admission.edit.title", p);
        if (f.show(dialogs)) {
            CandidateProfile edited = profile(f);
            viewModel.update(new CandidateProfile(edited.issuer(), edited.fullName(), edited.gender(), edited.birthDate(),
                    edited.homeTown(), edited.residence(), edited.occupation(), edited.education(), edited.ethnicity(),
                    edited.religion(), p.notes()));
        }
    }

    @FXML
    private void onRoute() {
        Candidate c = viewModel.fileProperty().get().candidate();
        Choice helper = viewModel.officialMembers().stream().filter(m -> Long.valueOf(m.id()).equals(c.helperMemberId())).findFirst().orElse(null);
        FormDialog f = form("admission.route.title")
                .choice("routeField", messages.get("field.route"), Arrays.asList(IntroducerRoute.values()), c.route(), messages::label)
                .choice("helperField", messages.get("field.helper"), viewModel.officialMembers(), helper, this::choiceText);
        if (f.show(dialogs)) {
            viewModel.setRouteAndHelper(f.<IntroducerRoute>chosen("routeField").orElse(null), f.<Choice>chosen("helperField").orElse(null));
        }
    }

    @FXML
    private void onFollow() {
        FormDialog f = form("admission.follow.title")
                .choice("memberField", messages.get("admission.form.probationary"), viewModel.toFollow(), null,
                        c -> c.label() + " (" + Formats.date(c.date()) + ")");
        if (f.show(dialogs)) {
            viewModel.follow(f.<Choice>chosen("memberField").orElse(null));
        }
    }

    @FXML
    private void onStep() {
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

    @FXML
    private void onRemoveStep() {
        Candidate c = viewModel.fileProperty().get().candidate();
        FormDialog f = form("admission.removeStep.title")
                .choice("stepField", messages.get("field.step"), List.copyOf(c.steps().keySet()), null, messages::label)
                .text("reasonField", messages.get("admission.form.reason"), "");
        if (f.show(dialogs)) {
            f.<Step>chosen("stepField").ifPresent(s -> viewModel.removeStep(s, f.text("reasonField")));
        }
    }

    @FXML
    private void onIntroducer() {
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

    @FXML
    private void onVerification() {
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

    @FXML
    private void onReply() {
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

    @FXML
    private void onVote() {
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

    @FXML
    private void onCeremony() {
        FormDialog f = form("admission.ceremony.title")
                .text("dateField", messages.get("field.date"), "")
                .text("noteField", messages.get("field.note"), "")
                .note(messages.get("admission.ceremony.note"), "muted");
        if (f.show(dialogs)) {
            viewModel.ceremony(f.text("dateField"), f.text("noteField"));
        }
    }

    @FXML
    private void onOfficial() {
        FormDialog f = form("admission.official.title")
                .text("refField", messages.get("admission.form.decisionNumber"), "")
                .text("dateField", messages.get("admission.form.decisionDate"), "")
                .note(messages.get("admission.official.note", viewModel.fileProperty().get().probationEnd()), "muted");
        if (f.show(dialogs)) {
            viewModel.recognise(f.text("refField"), f.text("dateField"));
        }
    }

    @FXML
    private void onAccept() {
        FormDialog f = form("admission.accept.title")
                .choice("checkField", messages.get("admission.form.check"), Arrays.asList(AcceptableCheck.values()), null, messages::label)
                .text("reasonField", messages.get("admission.form.reason"), "")
                .note(messages.get("admission.accept.note"), "muted");
        if (f.show(dialogs)) {
            f.<AcceptableCheck>chosen("checkField").ifPresent(c -> viewModel.accept(c, f.text("reasonField")));
        }
    }

    private void onDocument(AdmissionDocumentService.Document d) {
        FormDialog f = form("admission.document.title")
                .note(messages.label(d), "section-title")
                .text("numberField", messages.get("admission.form.number"), "");
        if (d == AdmissionDocumentService.Document.RESOLUTION_ADMISSION || d == AdmissionDocumentService.Document.RESOLUTION_FULL) {
            f.note(messages.get("admission.document.numberNote"), "muted");
        }
        if (f.show(dialogs)) {
            saveFiles.chooseSaveTarget(messages.get("admission.document.saveTitle"), viewModel.suggestedName(d),
                    messages.get("meeting.export.fileType"), "docx").ifPresent(out -> viewModel.export(d, f.text("numberField"), out));
        }
    }

    @FXML
    private void onDelete() {
        Candidate c = viewModel.fileProperty().get().candidate();
        dialogs.confirmDestructive(messages.get("admission.delete.title"), messages.get("admission.delete.question", c.profile().fullName()),
                messages.get("admission.form.reason")).ifPresent(viewModel::delete);
    }
}
