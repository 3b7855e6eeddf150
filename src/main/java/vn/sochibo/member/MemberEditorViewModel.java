package vn.sochibo.member;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.ui.UiExecutor;

/**
 * The add/edit member form. Dates are typed as dd/MM/yyyy text; problems are recomputed on every change and
 * shown as sentences (errors block saving, warnings do not). FX thread only; saving runs in the background.
 */
public final class MemberEditorViewModel {

    /** Text fields of the form, by field name (the same names as {@link MemberDraft}'s components). */
    public static final List<String> TEXT_FIELDS = List.of("fullName", "otherNames", "birthDate", "birthYear",
            "birthPlace", "homeTown", "residence", "ethnicity", "religion", "personalId", "partyCardNumber",
            "recordNumber", "generalEducation", "professionalLevel", "occupation", "jobPosition", "partyPosts",
            "youthUnionDate", "admissionDecisionDate", "joinedDate", "officialDate", "subBranch", "phone", "notes",
            "residenceBranch", "badgeNumber", "permanentAddress", "foreignLanguage", "occupationBefore", "serviceBackground");
    private static final List<String> DATE_FIELDS = List.of("birthDate", "youthUnionDate", "admissionDecisionDate",
            "joinedDate", "officialDate");

    private final MemberService members;
    private final UiExecutor executor;
    private final Messages messages;
    private final Map<String, StringProperty> text = new LinkedHashMap<>();
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(this, "gender");
    private final ObjectProperty<PoliticalTheory> politicalTheory = new SimpleObjectProperty<>(this, "politicalTheory");
    private final ObservableList<String> subBranchChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper(this, "errors", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    /** The first error of each field in error (field name → sentence), for the marks beside the fields. */
    private final javafx.collections.ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    /** The form's values as loaded (or empty for a new member): what "unsaved input" is measured against. */
    private Map<String, Object> loaded;
    private Long editing;
    /** Errors are shown once the clerk has tried to save (not while the empty form first opens). */
    private boolean attempted;

    public MemberEditorViewModel(MemberService members, UiExecutor executor, Messages messages) {
        this.members = members;
        this.executor = executor;
        this.messages = messages;
        List<Observable> deps = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            StringProperty p = new SimpleStringProperty(this, field, "");
            text.put(field, p);
            deps.add(p);
        }
        deps.add(gender);
        deps.add(politicalTheory);
        deps.add(busy);
        deps.forEach(d -> d.addListener(o -> validate()));
        title.set(messages.get("member.editor.title.new"));
        validate();
        loaded = snapshot();
    }

    public StringProperty text(String field) {
        StringProperty p = text.get(field);
        if (p == null) {
            throw new IllegalArgumentException(field);
        }
        return p;
    }

    public ObjectProperty<Gender> genderProperty() { return gender; }
    public ObjectProperty<PoliticalTheory> politicalTheoryProperty() { return politicalTheory; }
    public ObservableList<String> subBranchChoices() { return subBranchChoices; }
    public ReadOnlyStringProperty errorsProperty() { return errors.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningsProperty() { return warnings.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** Field name → the sentence saying what is wrong with it, for the fields in error (shown once saving was tried). */
    public javafx.collections.ObservableMap<String, String> fieldErrors() { return fieldErrors; }

    /** True when the form holds input that has not been saved (closing it then asks first). */
    public boolean isDirty() {
        return !snapshot().equals(loaded);
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        text.forEach((field, p) -> values.put(field, p.get().strip()));
        values.put("gender", gender.get());
        values.put("politicalTheory", politicalTheory.get());
        return values;
    }

    /** Prepares the form for a new member and loads the sub-branch names. */
    public void startNew() {
        editing = null;
        title.set(messages.get("member.editor.title.new"));
        executor.submit(progress -> members.subBranches(), subBranchChoices::setAll, failure -> errors.set(messages.describe(failure)));
    }

    /** Loads a member into the form. */
    public void edit(long id) {
        busy.set(true);
        executor.submit(progress -> new Object[] {members.details(id), members.subBranches()}, loaded -> {
            MemberDetails d = (MemberDetails) loaded[0];
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) loaded[1];
            subBranchChoices.setAll(names);
            fill(d.member());
            busy.set(false);
        }, failure -> {
            busy.set(false);
            errors.set(messages.describe(failure));
        });
    }

    void fill(Member member) {
        editing = member.id();
        MemberDraft m = member.data();
        title.set(messages.get("member.editor.title.edit", m.fullName()));
        set("fullName", m.fullName());
        set("otherNames", m.otherNames());
        gender.set(m.gender());
        set("birthDate", Formats.date(m.birthDate()));
        set("birthYear", m.birthDate() == null && m.birthYear() != null ? String.valueOf(m.birthYear()) : "");
        set("birthPlace", m.birthPlace());
        set("homeTown", m.homeTown());
        set("residence", m.residence());
        set("ethnicity", m.ethnicity());
        set("religion", m.religion());
        set("personalId", m.personalId());
        set("partyCardNumber", m.partyCardNumber());
        set("recordNumber", m.recordNumber());
        set("generalEducation", m.generalEducation());
        set("professionalLevel", m.professionalLevel());
        politicalTheory.set(m.politicalTheory());
        set("occupation", m.occupation());
        set("jobPosition", m.jobPosition());
        set("partyPosts", m.partyPosts());
        set("youthUnionDate", Formats.date(m.youthUnionDate()));
        set("admissionDecisionDate", Formats.date(m.admissionDecisionDate()));
        set("joinedDate", Formats.date(m.joinedDate()));
        set("officialDate", Formats.date(m.officialDate()));
        set("subBranch", m.subBranch());
        set("phone", m.phone());
        set("notes", m.notes());
        set("residenceBranch", m.residenceBranch());
        set("badgeNumber", m.badgeNumber());
        set("permanentAddress", m.permanentAddress());
        set("foreignLanguage", m.foreignLanguage());
        set("occupationBefore", m.occupationBefore());
        set("serviceBackground", m.serviceBackground());
        loaded = snapshot();
    }

    private void set(String field, String value) {
        text(field).set(value == null ? "" : value);
    }

    /** Recomputes the problems from the current input. */
    public void validate() {
        List<String> errorLines = new ArrayList<>();
        List<String> warningLines = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        MemberDraft draft = draft(errorLines, byField);
        if (draft != null) {
            for (Problem p : draft.problems(members.today())) {
                String line = messages.describe(p);
                (p.isError() ? errorLines : warningLines).add(line);
                if (p.isError() && p.field() != null) {
                    byField.putIfAbsent(p.field(), line);
                }
            }
        }
        boolean shown = attempted || editing != null;
        errors.set(shown ? String.join("\n", errorLines) : "");
        if (!shown) {
            byField.clear();
        }
        fieldErrors.keySet().retainAll(byField.keySet());
        byField.forEach((field, line) -> {
            if (!line.equals(fieldErrors.get(field))) {
                fieldErrors.put(field, line);
            }
        });
        warnings.set(String.join("\n", warningLines));
        valid = errorLines.isEmpty();
        canSave.set(!busy.get());
    }

    private boolean valid;

    /** True when the current input has no errors. */
    public boolean isValid() {
        return valid;
    }

    /** The draft from the form, or null with a line per unreadable field added to {@code errorLines}. */
    MemberDraft draft(List<String> errorLines) {
        return draft(errorLines, new LinkedHashMap<>());
    }

    private MemberDraft draft(List<String> errorLines, Map<String, String> byField) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (String field : DATE_FIELDS) {
            String value = text(field).get().strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                dates.put(field, Formats.parseDate(value));
            } catch (DateTimeParseException e) {
                String line = messages.get("field." + field) + ": " + messages.get("member.problem.date.format", value);
                errorLines.add(line);
                byField.putIfAbsent(field, line);
            }
        }
        Integer birthYear = null;
        String yearText = text("birthYear").get().strip();
        if (!yearText.isEmpty()) {
            if (yearText.matches("\\d{4}")) {
                birthYear = Integer.valueOf(yearText);
            } else {
                String line = messages.get("field.birthYear") + ": " + messages.get("member.problem.birthYear.format", yearText);
                errorLines.add(line);
                byField.putIfAbsent("birthYear", line);
            }
        }
        if (!errorLines.isEmpty()) {
            return null;
        }
        return new MemberDraft(v("fullName"), v("otherNames"), gender.get(), dates.get("birthDate"), birthYear,
                v("birthPlace"), v("homeTown"), v("residence"), v("ethnicity"), v("religion"), v("personalId"),
                v("partyCardNumber"), v("recordNumber"), v("generalEducation"), v("professionalLevel"),
                politicalTheory.get(), v("occupation"), v("jobPosition"), v("partyPosts"), dates.get("youthUnionDate"),
                dates.get("admissionDecisionDate"), dates.get("joinedDate"), dates.get("officialDate"), v("subBranch"),
                v("phone"), v("notes"), v("residenceBranch"), v("badgeNumber"), v("permanentAddress"), v("foreignLanguage"),
                v("occupationBefore"), v("serviceBackground"));
    }

    private String v(String field) {
        return text(field).get();
    }

    /**
     * Saves in the background. {@code onSaved} receives the change stored (for "Hoàn tác") on the FX thread; on
     * failure the errors text explains why and nothing was stored.
     */
    public void save(java.util.function.Consumer<RegisterChange> onSaved) {
        attempted = true;
        validate();
        if (!valid || busy.get()) {
            return;
        }
        MemberDraft draft = draft(new ArrayList<>());
        Long target = editing;
        busy.set(true);
        executor.submit(progress -> target == null
                ? (RegisterChange) new RegisterChange.MemberAdded(members.create(draft), draft.fullName())
                : members.update(target, draft), change -> {
            editing = change.memberId();
            busy.set(false);
            loaded = snapshot();
            onSaved.accept(change);
        }, failure -> {
            busy.set(false);
            errors.set(messages.describe(failure));
            if (failure instanceof vn.sochibo.common.ValidationException invalid) {
                for (Problem p : invalid.problems()) {
                    if (p.field() != null) {
                        fieldErrors.put(p.field(), messages.describe(p));
                    }
                }
            }
            canSave.set(true);
        });
    }
}
