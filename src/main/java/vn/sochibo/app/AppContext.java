package vn.sochibo.app;

import java.util.function.Consumer;

import vn.sochibo.admission.view.AdmissionView;
import vn.sochibo.admission.view.AdmissionViewModel;
import vn.sochibo.audit.AuditView;
import vn.sochibo.audit.AuditViewModel;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.importing.MemberImportView;
import vn.sochibo.importing.MemberImportViewModel;
import vn.sochibo.election.view.BallotEntryView;
import vn.sochibo.election.view.BallotEntryViewModel;
import vn.sochibo.election.view.CongressRollView;
import vn.sochibo.election.view.CongressRollViewModel;
import vn.sochibo.election.view.ElectionSelection;
import vn.sochibo.election.view.ElectionsView;
import vn.sochibo.election.view.ElectionsViewModel;
import vn.sochibo.election.view.OfficeListView;
import vn.sochibo.election.view.OfficeListViewModel;
import vn.sochibo.election.view.RoundResultView;
import vn.sochibo.election.view.RoundResultViewModel;
import vn.sochibo.meeting.MeetingView;
import vn.sochibo.meeting.MeetingViewModel;
import vn.sochibo.meeting.MinutesTemplateView;
import vn.sochibo.meeting.MinutesTemplateViewModel;
import vn.sochibo.member.MemberEditorView;
import vn.sochibo.member.MemberEditorViewModel;
import vn.sochibo.member.MemberEventView;
import vn.sochibo.member.MemberEventViewModel;
import vn.sochibo.member.MemberListView;
import vn.sochibo.member.MemberListViewModel;
import vn.sochibo.member.stats.StatisticsView;
import vn.sochibo.member.stats.StatisticsViewModel;
import vn.sochibo.settings.SettingsView;
import vn.sochibo.settings.SettingsViewModel;
import vn.sochibo.settings.Reopen;
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.FileDialogs;
import vn.sochibo.ui.StatusBarModel;
import vn.sochibo.ui.UiExecutor;
import vn.sochibo.ui.Views;

/**
 * The UI half of the composition root: on top of {@link Services} it builds every view with its view model.
 * {@link #createView} is the FXML controller factory; it throws for classes it does not know.
 */
public final class AppContext {

    /**
     * What the window gives the views: dialogs, file dialogs, how to rebuild the window (after the language or
     * text size changed), how to open a folder in the system file manager, how to close and reopen the register
     * around a whole-database change. Tests pass their own.
     */
    public record Shell(Dialogs dialogs, FileDialogs files, Runnable reloadUi, Consumer<String> openFolder, Reopen reopen) {
    }

    /** What the first main window shows at once, read together with the opening of the register. */
    public record FirstScreen(java.util.Optional<vn.sochibo.branch.BranchProfile> profile, MemberListViewModel.Loaded members) {
    }

    private final Services services;
    private final Messages messages;
    private final UiExecutor executor;
    private final Shell shell;
    private final StatusBarModel statusBar = new StatusBarModel();
    private final Views views;
    /**
     * What the election screen being loaded works on: its frame is built first, then each tab it includes
     * ({@code fx:include}), and they all share it.
     */
    private ElectionSelection electionSelection;
    /** Shown by the first main window and member list instead of loading again, then dropped (used once). */
    private FirstScreen firstScreen;

    public AppContext(Services services, Messages messages, UiExecutor executor, Shell shell) {
        this(services, messages, executor, shell, null);
    }

    /** As above; {@code firstScreen} (or null) is what the first main window shows at once. */
    public AppContext(Services services, Messages messages, UiExecutor executor, Shell shell, FirstScreen firstScreen) {
        this.services = services;
        this.messages = messages;
        this.executor = executor;
        this.shell = shell;
        this.firstScreen = firstScreen;
        this.views = new Views(messages, this::createView);
    }

    public Services services() {
        return services;
    }

    public Messages messages() {
        return messages;
    }

    public UiExecutor executor() {
        return executor;
    }

    public Dialogs dialogs() {
        return shell.dialogs();
    }

    public StatusBarModel statusBar() {
        return statusBar;
    }

    public Views views() {
        return views;
    }

    /** Builds the code-behind for an FXML view, wiring its view model. */
    public Object createView(Class<?> type) {
        if (type == MainView.class) {
            MainViewModel main = new MainViewModel(services.branch(), executor, messages);
            if (firstScreen != null) {
                main.prime(firstScreen.profile());
            }
            return new MainView(main, this);
        }
        if (type == MemberListView.class) {
            MemberListViewModel model = new MemberListViewModel(services.members(), executor, messages, statusBar,
                    services.otherReminders());
            if (firstScreen != null) {
                model.prime(firstScreen.members());
                firstScreen = null; // the main window loads the member list after itself: both primed, once
            }
            MemberListView list = new MemberListView(model, new vn.sochibo.member.MemberFormsView(views, shell.dialogs(), messages), messages);
            ExcelActions excel = new ExcelActions(services, messages, executor, shell.dialogs(), views, shell.files());
            list.excelActions(() -> excel.openImportWizard(list::reload), excel::export);
            list.workListAction(excel::openWorkList);
            list.addMemberAction("memberDuesButton", messages.get("member.action.dues"), "mdi2a-account-cash",
                    id -> vn.sochibo.dues.view.DuesBasisView.open(views, shell.dialogs(), messages, id,
                            model.detailsProperty().get() == null ? "" : model.detailsProperty().get().member().data().fullName()));
            return list;
        }
        if (type == vn.sochibo.member.MemberCorrectionsView.class) {
            return new vn.sochibo.member.MemberCorrectionsView(new vn.sochibo.member.MemberCorrectionsViewModel(services.corrections(),
                    executor, messages), new vn.sochibo.member.MemberFormsView(views, shell.dialogs(), messages), shell.dialogs(), messages);
        }
        if (type == MemberImportView.class) {
            return new MemberImportView(new MemberImportViewModel(services.imports(), executor, messages), shell.files(), messages);
        }
        if (type == MemberEditorView.class) {
            return new MemberEditorView(new MemberEditorViewModel(services.members(), executor, messages), messages);
        }
        if (type == MemberEventView.class) {
            return new MemberEventView(new MemberEventViewModel(services.members(), services.corrections(), executor, messages), messages);
        }
        if (type == StatisticsView.class) {
            return new StatisticsView(new StatisticsViewModel(services.statistics(), services.branch(), executor, messages)
                    .withExport(services.exports()::exportStatistics), messages, shell.files());
        }
        if (type == SettingsView.class) {
            return new SettingsView(new SettingsViewModel(services.branch(), services.preferences(), executor, messages,
                    shell.reloadUi(), services.location() == null ? "" : services.location().directory().toString()), messages, shell.openFolder());
        }
        if (type == ElectionsView.class) {
            electionSelection = new ElectionSelection();
            return new ElectionsView(new ElectionsViewModel(services.congresses(), electionSelection, executor, messages),
                    messages);
        }
        if (type == CongressRollView.class) {
            return new CongressRollView(new CongressRollViewModel(services.congresses(), electionScreen(), executor,
                    messages), messages);
        }
        if (type == OfficeListView.class) {
            return new OfficeListView(new OfficeListViewModel(services.officeLists(), electionScreen(), executor,
                    messages), messages);
        }
        if (type == BallotEntryView.class) {
            return new BallotEntryView(new BallotEntryViewModel(services.elections(), services.electionDocuments(),
                    electionScreen(), executor, messages, shell.files()), messages);
        }
        if (type == RoundResultView.class) {
            return new RoundResultView(new RoundResultViewModel(services.elections(), services.electionDocuments(),
                    electionScreen(), executor, messages, shell.files()), messages);
        }
        if (type == MeetingView.class) {
            return new MeetingView(new MeetingViewModel(services.meetings(), services.minutes(), executor, messages),
                    messages, shell.files(), shell.dialogs());
        }
        if (type == AdmissionView.class) {
            return new AdmissionView(new AdmissionViewModel(services.admissions(), services.admissionPipeline(),
                    services.admissionDossier(), services.admissionDocuments(), executor, messages), messages, shell.dialogs(), shell.files());
        }
        if (type == MinutesTemplateView.class) {
            return new MinutesTemplateView(new MinutesTemplateViewModel(services.minutes(), executor, messages), messages,
                    shell.files());
        }
        if (type == vn.sochibo.settings.DataSafetyView.class) {
            return new vn.sochibo.settings.DataSafetyView(new vn.sochibo.settings.DataSafetyViewModel(services.safety(),
                    services.backups(), executor, messages, shell.reopen()), messages, shell.dialogs(), shell.files());
        }
        if (type == vn.sochibo.evaluation.view.EvaluationView.class) {
            return new vn.sochibo.evaluation.view.EvaluationView(new vn.sochibo.evaluation.view.EvaluationViewModel(
                    services.evaluations(), services.evaluationDocuments(), executor, messages), messages, shell.files(), shell.dialogs());
        }
        if (type == vn.sochibo.evaluation.view.EntryFormView.class) {
            return new vn.sochibo.evaluation.view.EntryFormView(messages);
        }
        if (type == vn.sochibo.evaluation.view.YearPageView.class) {
            return new vn.sochibo.evaluation.view.YearPageView(messages);
        }
        if (type == AuditView.class) {
            return new AuditView(new AuditViewModel(services.audit(), executor, messages), messages, shell.files());
        }
        if (type == vn.sochibo.dues.view.DuesView.class) {
            return new vn.sochibo.dues.view.DuesView(new vn.sochibo.dues.view.DuesViewModel(services.duesBook(), services.dues(),
                    services.duesDocuments(), services.members(), executor, messages),
                    new vn.sochibo.dues.view.DuesStatisticsViewModel(services.duesBook(), executor, messages), views,
                    shell.dialogs(), messages, shell.files());
        }
        if (type == vn.sochibo.dues.view.DuesBasisView.class) {
            return new vn.sochibo.dues.view.DuesBasisView(new vn.sochibo.dues.view.DuesBasisViewModel(services.dues(), executor,
                    messages), messages);
        }
        if (type == vn.sochibo.dues.view.BasisImportView.class) {
            return new vn.sochibo.dues.view.BasisImportView(new vn.sochibo.dues.view.BasisImportViewModel(services.duesImports(),
                    executor, messages), shell.files(), messages);
        }
        if (type == vn.sochibo.rulebook.view.DatedSettingsView.class) {
            return new vn.sochibo.rulebook.view.DatedSettingsView(new vn.sochibo.rulebook.view.DatedSettingsViewModel(
                    services.datedSettings(), executor, messages, services.clock()));
        }
        if (type == FirstRunView.class) {
            return new FirstRunView(new FirstRunViewModel(services.branch(), services.samples(), executor, messages));
        }
        throw new IllegalArgumentException("View not registered: " + type.getName());
    }

    private ElectionSelection electionScreen() {
        if (electionSelection == null) {
            throw new IllegalStateException("an election tab is loaded by the election screen only");
        }
        return electionSelection;
    }
}
