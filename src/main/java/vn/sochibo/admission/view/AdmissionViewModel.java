package vn.sochibo.admission.view;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.admission.AcceptableCheck;
import vn.sochibo.admission.Candidate;
import vn.sochibo.admission.CandidateFile;
import vn.sochibo.admission.CandidateProfile;
import vn.sochibo.admission.CandidateSummary;
import vn.sochibo.admission.Choice;
import vn.sochibo.admission.Introducer;
import vn.sochibo.admission.IntroducerRoute;
import vn.sochibo.admission.CandidateStage;
import vn.sochibo.admission.Step;
import vn.sochibo.admission.StepRecord;
import vn.sochibo.admission.Verification;
import vn.sochibo.admission.VotePurpose;
import vn.sochibo.admission.service.AdmissionDocumentService;
import vn.sochibo.admission.service.AdmissionPipeline;
import vn.sochibo.admission.service.AdmissionService;
import vn.sochibo.admission.service.DossierService;
import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.ValidationException;
import vn.sochibo.ui.UiExecutor;

/**
 * State and commands of the "Phát triển đảng viên" screen: the candidates list (search, closed files hidden or
 * shown), the selected candidate's file and checklist, what the forms offer (chi bộ, members, meetings with N) and
 * every step the clerk records. All methods on the FX thread; the work runs in the background and the list and the
 * file are reloaded after each change, which stays selected.
 */
public final class AdmissionViewModel {

    private final AdmissionService admissions;
    private final AdmissionPipeline pipeline;
    private final DossierService dossier;
    private final AdmissionDocumentService documents;
    private final UiExecutor executor;
    private final Messages messages;

    private List<CandidateSummary> all = List.of();
    private final ObservableList<CandidateSummary> rows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty showClosed = new SimpleBooleanProperty(this, "showClosed", false);
    private final ObjectProperty<CandidateSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<CandidateFile> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Lookups lookups = new Lookups(List.of(), List.of(), List.of());
    private List<Choice> meetings = List.of();
    private final Map<Long, AdmissionService.MeetingBase> bases = new HashMap<>();
    private long fileRequest;

    /** What the forms offer, loaded with the list. */
    private record Lookups(List<String> issuers, List<Choice> officialMembers, List<Choice> toFollow) {
    }

    private record Loaded(List<CandidateSummary> rows, Lookups lookups) {
    }

    private record FileLoaded(CandidateFile file, List<Choice> meetings, Map<Long, AdmissionService.MeetingBase> bases) {
    }

    public AdmissionViewModel(AdmissionService admissions, AdmissionPipeline pipeline, DossierService dossier,
                              AdmissionDocumentService documents, UiExecutor executor, Messages messages) {
        this.admissions = admissions;
        this.pipeline = pipeline;
        this.dossier = dossier;
        this.documents = documents;
        this.executor = executor;
        this.messages = messages;
        search.addListener((o, a, b) -> filter());
        showClosed.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> loadFile(b == null ? null : b.id()));
    }

    public ObservableList<CandidateSummary> rows() { return rows; }
    public StringProperty searchProperty() { return search; }
    public BooleanProperty showClosedProperty() { return showClosed; }
    public ObjectProperty<CandidateSummary> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<CandidateFile> fileProperty() { return file.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The chi bộ a candidate may belong to. */
    public List<String> issuers() { return lookups.issuers(); }
    /** Official members of the register (introducers, helpers). */
    public List<Choice> officialMembers() { return lookups.officialMembers(); }
    /** Probationary members not followed yet. */
    public List<Choice> toFollow() { return lookups.toFollow(); }
    /** Meetings of the selected candidate's chi bộ up to today, newest first. */
    public List<Choice> meetings() { return meetings; }

    /** "N = 18, cần ít nhất 12 tán thành; 17 đảng viên chính thức có mặt" for a meeting of the list. */
    public String baseText(Choice meeting, VotePurpose purpose) {
        AdmissionService.MeetingBase b = meeting == null ? null : bases.get(meeting.id());
        return b == null ? "" : messages.get("admission.vote.base", b.n(), purpose.rule().votesNeeded(b.n()), b.votingPresent());
    }

    /** Reloads the list and the form lookups, keeping the selection. */
    public void refresh() {
        reload(null);
    }

    /** The candidate to select once the list holds it (a reminder opened it while the list was loading). */
    private Long wanted;

    /** Reloads; afterwards selects {@code select} when given, else the candidate wanted or selected then. */
    private void reload(Long select) {
        if (select != null) {
            wanted = select;
        }
        run(() -> new Loaded(admissions.list(), new Lookups(admissions.issuers(), admissions.officialMembers(),
                admissions.probationaryToFollow())), loaded -> {
                    all = loaded.rows();
                    lookups = loaded.lookups();
                    Long target = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
                    wanted = null;
                    filter();
                    select(target);
                });
    }

    /** Selects the candidate with this id (shown even when closed), or nothing; waits for the list if it is loading. */
    public void select(Long id) {
        if (id == null) {
            selected.set(null);
            return;
        }
        CandidateSummary row = all.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        if (row == null) {
            wanted = id;
            return;
        }
        if (row.stage().closed() && !showClosed.get()) {
            showClosed.set(true);
        }
        CandidateSummary shown = rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        if (shown != null && shown.equals(selected.get())) {
            loadFile(id);
        } else {
            selected.set(shown);
        }
    }

    private void filter() {
        String[] tokens = Text.fold(search.get()).split(" ");
        List<CandidateSummary> shown = new ArrayList<>();
        for (CandidateSummary r : all) {
            String key = Text.fold(r.fullName() + " " + r.issuer());
            boolean match = java.util.Arrays.stream(tokens).allMatch(t -> t.isEmpty() || key.contains(t));
            if (match && (showClosed.get() || !r.stage().closed())) {
                shown.add(r);
            }
        }
        rows.setAll(shown);
    }

    private void loadFile(Long id) {
        long request = ++fileRequest;
        if (id == null) {
            file.set(null);
            return;
        }
        executor.submit(progress -> {
            CandidateFile f = admissions.file(id);
            List<Choice> ms = admissions.meetingsOf(f.candidate().profile().issuer());
            Map<Long, AdmissionService.MeetingBase> b = new HashMap<>();
            for (Choice m : ms) {
                b.put(m.id(), admissions.baseOf(m.id()));
            }
            return new FileLoaded(f, ms, b);
        }, loaded -> {
            if (request == fileRequest) {
                meetings = loaded.meetings();
                bases.clear();
                bases.putAll(loaded.bases());
                file.set(loaded.file());
            }
        }, failure -> problem.set(messages.describe(failure)));
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        problem.set("");
        executor.submit(progress -> work.call(), result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    /**
     * Runs a change in the background, then says what was done and reloads the list with the candidate
     * {@code selectId} gives (or the one selected before) selected.
     */
    private <T> void change(Callable<T> work, Function<T, String> done, Function<T, Long> selectId) {
        message.set("");
        run(work, result -> {
            message.set(done.apply(result));
            reload(selectId == null ? null : selectId.apply(result));
        });
    }

    /** A change of the selected file that says {@code doneKey} when done. */
    private void change(Runnable work, String doneKey) {
        change(() -> {
            work.run();
            return Boolean.TRUE;
        }, r -> messages.get(doneKey), null);
    }

    private long current() {
        return file.get().candidate().id();
    }

    private LocalDate date(String text, String fieldKey, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new ValidationException(List.of(Problem.error(null, "admission.form.dateRequired", new vn.sochibo.common.MessageKey(fieldKey))));
            }
            return null;
        }
        try {
            return Formats.parseDate(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(Problem.error(null, "admission.form.badDate",
                    new vn.sochibo.common.MessageKey(fieldKey), text.strip())));
        }
    }

    private int count(String text, String fieldKey) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(Problem.error(null, "admission.form.badCount",
                    new vn.sochibo.common.MessageKey(fieldKey), text.strip())));
        }
    }

    /** Adds a candidate put on the list by a chi bộ resolution (the meeting is optional). */
    public void add(CandidateProfile profile, IntroducerRoute route, Choice helper, String listedOn, Choice meeting) {
        change(() -> admissions.add(profile, route, helper == null ? null : helper.id(),
                date(listedOn, "admission.form.listedOn", false), meeting == null ? null : meeting.id()),
                id -> messages.get("admission.done.added"), id -> id);
    }

    /** Replaces the selected candidate's personal data. */
    public void update(CandidateProfile profile) {
        long id = current();
        change(() -> {
            admissions.update(id, profile);
        }, "admission.done.saved");
    }

    /** Sets the introducing route and the helping member. */
    public void setRouteAndHelper(IntroducerRoute route, Choice helper) {
        long id = current();
        change(() -> {
            admissions.setRouteAndHelper(id, route, helper == null ? null : helper.id());
        }, "admission.done.saved");
    }

    /** Records a dated step; a chosen meeting gives its date when none is typed. */
    public void recordStep(Step step, String date, String ref, String content, Choice meeting) {
        long id = current();
        change(() -> {
            LocalDate day = date(date, "admission.form.date", meeting == null);
            admissions.recordStep(id, new StepRecord(step, day != null ? day : meeting.date(), ref, content,
                    meeting == null ? null : meeting.id()));
        }, "admission.done.step");
    }

    /** Removes a step recorded by mistake, with the reason. */
    public void removeStep(Step step, String reason) {
        long id = current();
        change(() -> {
            admissions.removeStep(id, step, reason);
        }, "admission.done.removed");
    }

    public void addIntroducer(Choice member, String since, String on, boolean replacement) {
        long id = current();
        change(() -> {
            if (member == null) {
                throw new ValidationException(List.of(Problem.error("introducer", "admission.problem.member.unknown")));
            }
            dossier.addIntroducer(id, member.id(), date(since, "admission.form.togetherSince", true),
                    date(on, "admission.form.introducedOn", false), replacement);
        }, "admission.done.saved");
    }

    public void removeIntroducer(Introducer introducer) {
        long id = current();
        change(() -> {
            dossier.removeIntroducer(id, introducer.id());
        }, "admission.done.removed");
    }

    public void addVerification(String subject, String addressee, boolean abroad, String received) {
        long id = current();
        change(() -> {
            dossier.addVerification(id, subject, addressee, abroad, date(received, "admission.form.receivedOn", true));
        }, "admission.done.saved");
    }

    public void recordReply(Verification v, String replied, String result) {
        long id = current();
        change(() -> {
            dossier.recordReply(id, v.id(), date(replied, "admission.form.repliedOn", true), result);
        }, "admission.done.saved");
    }

    /** Records the chi bộ's vote at a meeting; the purpose follows from the stage. */
    public void vote(Choice meeting, String votesFor, String against, String other) {
        long id = current();
        VotePurpose purpose = purpose();
        change(() -> {
            if (meeting == null) {
                throw new ValidationException(List.of(Problem.error("meeting", "admission.form.meetingRequired")));
            }
            return pipeline.recordVote(id, purpose, meeting.id(), count(votesFor, "admission.form.for"),
                    count(against, "admission.form.against"), count(other, "admission.form.other"));
        }, v -> messages.get(v.passed() ? "admission.done.votePassed" : "admission.done.voteFailed", v.votesFor(),
                v.voteBase(), v.votesNeeded()), null);
    }

    /** What the next vote of the selected candidate decides. */
    public VotePurpose purpose() {
        CandidateStage stage = file.get() == null ? CandidateStage.DOSSIER : file.get().candidate().stage();
        return stage == CandidateStage.PROBATION ? VotePurpose.FULL_MEMBERSHIP : VotePurpose.ADMISSION;
    }

    public void ceremony(String date, String note) {
        long id = current();
        change(() -> {
            pipeline.holdCeremony(id, date(date, "admission.form.date", true), note);
        }, "admission.done.ceremony");
    }

    public void recognise(String ref, String date) {
        long id = current();
        change(() -> pipeline.recognise(id, ref, date(date, "admission.form.date", true)),
                official -> messages.get("admission.done.official", official), null);
    }

    /** Follows the probation of a probationary member of the register. */
    public void follow(Choice member) {
        change(() -> {
            if (member == null) {
                throw new ValidationException(List.of(Problem.error(null, "admission.problem.member.unknown")));
            }
            return pipeline.followProbation(member.id());
        }, id -> messages.get("admission.done.followed"), id -> id);
    }

    public void accept(AcceptableCheck check, String reason) {
        long id = current();
        change(() -> {
            dossier.accept(id, check, reason);
        }, "admission.done.accepted");
    }

    /** Deletes the selected file entered by mistake, with the reason. */
    public void delete(String reason) {
        long id = current();
        message.set("");
        run(() -> {
            admissions.delete(id, reason);
            return Boolean.TRUE;
        }, r -> {
            message.set(messages.get("admission.done.deleted"));
            selected.set(null);
            reload(null);
        });
    }

    /** Writes a document of the selected candidate to {@code out}; the number may be blank. */
    public void export(AdmissionDocumentService.Document document, String number, Path out) {
        long id = current();
        message.set("");
        run(() -> {
            Integer n = number == null || number.isBlank() ? null : count(number, "admission.form.number");
            return documents.write(id, document, n, out);
        }, written -> message.set(written.templateProblem() == null ? messages.get("admission.done.exported", out)
                : messages.get("admission.done.exportedBuiltIn", out, written.templateProblem())));
    }

    /** The documents the selected file can give now. */
    public List<AdmissionDocumentService.Document> documents() {
        return file.get() == null ? List.of() : documents.available(file.get().candidate());
    }

    /** A file name for a document: "mau-6-nguyen-van-an.docx". */
    public String suggestedName(AdmissionDocumentService.Document d) {
        return "mau-" + d.form() + "-" + Text.fold(file.get().candidate().profile().fullName()).replace(' ', '-') + ".docx";
    }

    /** The steps the step form offers for the selected candidate (the ceremony and the decision on full membership have their own buttons). */
    public List<Step> steps() {
        Candidate c = file.get() == null ? null : file.get().candidate();
        List<Step> out = new ArrayList<>();
        for (Step s : Step.values()) {
            if (s == Step.CEREMONY || s == Step.OFFICIAL_DECISION) {
                continue;
            }
            if (c != null && (s.phase() == Step.Phase.PROBATION) != c.has(Step.CEREMONY) && s.phase() != Step.Phase.CLOSING) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /** Today as the forms prefill it (dd/MM/yyyy). */
    public String todayText() {
        return Formats.date(admissions.today());
    }

    /** A problem in the clerk's language. */
    public String describe(Problem p) {
        return messages.describe(p);
    }
}
