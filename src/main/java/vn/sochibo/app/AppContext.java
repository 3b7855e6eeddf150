package vn.sochibo.app;

import java.util.function.Consumer;

import vn.sochibo.audit.AuditView;
import vn.sochibo.audit.AuditViewModel;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.importing.MemberImportView;
import vn.sochibo.importing.MemberImportViewModel;
import vn.sochibo.election.BallotEntryViewModel;
import vn.sochibo.election.CongressViewModel;
import vn.sochibo.election.ElectionsView;
import vn.sochibo.io.ElectionExportFiles;
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
import vn.sochibo.ui.Dialogs;
import vn.sochibo.ui.SaveFilePort;
import vn.sochibo.ui.FxOpenFiles;
import vn.sochibo.ui.FxSaveFiles;
import vn.sochibo.ui.OpenFiles;
import vn.sochibo.ui.SaveFiles;
import vn.sochibo.ui.StatusBarModel;
import vn.sochibo.ui.UiExecutor;
import vn.sochibo.ui.Views;

/**
 * The UI half of the composition root: on top of {@link Services} it builds every view with its view model.
 * {@link #createView} is the FXML controller factory; it throws for classes it does not know.
 */
public final class AppContext {

    private final Services services;
    private final Messages messages;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final StatusBarModel statusBar = new StatusBarModel();
    private final Views views;
    private final Runnable reloadUi;
    private final Consumer<String> openFolder;
    private final vn.sochibo.ui.FileChooserPort files;
    // two save-file ports came from two features; to be unified (the election one asks title + name only)
    private SaveFilePort saveFilePort = (title, name) -> java.util.Optional.empty();
    private SaveFiles saveFiles = new FxSaveFiles(FxSaveFiles::focusedWindow);
    private OpenFiles openFiles = new FxOpenFiles(FxSaveFiles::focusedWindow);
    private vn.sochibo.settings.BackupFiles backupFiles;
    private vn.sochibo.settings.Reopen reopen = (busyText, work, after) -> {
        throw new IllegalStateException("no way to reopen the register here");
    };
    /** What the first main window shows at once (read with the opening of the register), or null; used once. */
    private FirstScreen firstScreen;

    private record FirstScreen(java.util.Optional<vn.sochibo.branch.BranchProfile> profile, MemberListViewModel.Loaded members) {
    }

    /**
     * @param reloadUi   rebuilds the window after the language or text size changed
     * @param openFolder opens a folder in the system file manager (a port; tests record the call)
     */
    public AppContext(Services services, Messages messages, UiExecutor executor, Dialogs dialogs, Runnable reloadUi,
                      Consumer<String> openFolder) {
        this(services, messages, executor, dialogs, reloadUi, openFolder, new vn.sochibo.ui.FxFileChooser(() -> null));
    }

    /** As above, with the port that chooses files to import and export (tests answer it with paths). */
    public AppContext(Services services, Messages messages, UiExecutor executor, Dialogs dialogs, Runnable reloadUi,
                      Consumer<String> openFolder, vn.sochibo.ui.FileChooserPort files) {
        this.files = files;
        this.services = services;
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogs;
        this.reloadUi = reloadUi;
        this.openFolder = openFolder;
        this.views = new Views(messages, this::createView);
        this.backupFiles = new FxBackupFiles(FxSaveFiles::focusedWindow, messages.get("safety.restore.fileType"));
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
        return dialogs;
    }

    public StatusBarModel statusBar() {
        return statusBar;
    }

    public Views views() {
        return views;
    }

    /** Sets where "save as" questions go: the app's file chooser, or a test's answers. */
    public void setSaveFiles(SaveFilePort saveFiles) {
        this.saveFilePort = saveFiles;
    }

    /** Replaces the save-file port (tests answer without a real file chooser); call before views are loaded. */
    public void setSaveFiles(SaveFiles saveFiles) {
        this.saveFiles = saveFiles;
    }

    /** Replaces the open-file port (tests answer without a real file chooser); call before views are loaded. */
    public void setOpenFiles(OpenFiles openFiles) {
        this.openFiles = openFiles;
    }

    /** Sets how the register is closed and reopened around a restore or encryption (the app's window does it). */
    public void setReopen(vn.sochibo.settings.Reopen reopen) {
        this.reopen = reopen;
    }

    /** Replaces the backup folder/file chooser (tests answer with paths); call before views are loaded. */
    public void setBackupFiles(vn.sochibo.settings.BackupFiles backupFiles) {
        this.backupFiles = backupFiles;
    }

    /**
     * Hands the main window what was read together with the opening of the register: the first main window and
     * member list show it at once instead of loading it again. Once; call before the main view is loaded.
     */
    void primeFirstScreen(java.util.Optional<vn.sochibo.branch.BranchProfile> profile, MemberListViewModel.Loaded members) {
        this.firstScreen = new FirstScreen(profile, members);
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
            MemberListViewModel model = new MemberListViewModel(services.members(), executor, messages, statusBar);
            if (firstScreen != null) {
                model.prime(firstScreen.members());
                firstScreen = null; // the main window loads the member list after itself: both primed, once
            }
            MemberListView list = new MemberListView(model, views, dialogs, messages);
            ExcelActions excel = new ExcelActions(services, messages, executor, dialogs, views, files);
            list.excelActions(() -> excel.openImportWizard(list::reload), excel::export);
            list.workListAction(excel::openWorkList);
            list.addMemberAction("memberDuesButton", messages.get("member.action.dues"), "mdi2a-account-cash",
                    id -> vn.sochibo.dues.view.DuesBasisView.open(views, dialogs, messages, id,
                            model.detailsProperty().get() == null ? "" : model.detailsProperty().get().member().data().fullName()));
            return list;
        }
        if (type == MemberImportView.class) {
            return new MemberImportView(new MemberImportViewModel(services.imports(), executor, messages), files, messages);
        }
        if (type == MemberEditorView.class) {
            return new MemberEditorView(new MemberEditorViewModel(services.members(), executor, messages), messages);
        }
        if (type == MemberEventView.class) {
            return new MemberEventView(new MemberEventViewModel(services.members(), executor, messages), messages);
        }
        if (type == StatisticsView.class) {
            return new StatisticsView(new StatisticsViewModel(services.statistics(), services.branch(), executor, messages)
                    .withExport(services.exports()::exportStatistics), messages, saveFiles);
        }
        if (type == SettingsView.class) {
            return new SettingsView(new SettingsViewModel(services.branch(), services.preferences(), executor, messages,
                    reloadUi, services.location() == null ? "" : services.location().directory().toString()), messages, openFolder);
        }
        if (type == ElectionsView.class) {
            return new ElectionsView(new CongressViewModel(services.congresses(), services.elections(), executor, messages),
                    new BallotEntryViewModel(services.elections(), services.branch(), executor, messages, saveFilePort,
                            new ElectionExportFiles(messages)), messages);
        }
        if (type == MeetingView.class) {
            return new MeetingView(new MeetingViewModel(services.meetings(), services.minutes(), executor, messages),
                    messages, saveFiles, dialogs);
        }
        if (type == MinutesTemplateView.class) {
            return new MinutesTemplateView(new MinutesTemplateViewModel(services.minutes(), executor, messages), messages,
                    saveFiles, openFiles);
        }
        if (type == vn.sochibo.settings.DataSafetyView.class) {
            return new vn.sochibo.settings.DataSafetyView(new vn.sochibo.settings.DataSafetyViewModel(services, executor,
                    messages, reopen, vn.sochibo.storage.KeyFile.DEFAULT_ITERATIONS), messages, dialogs, backupFiles);
        }
        if (type == AuditView.class) {
            return new AuditView(new AuditViewModel(services.audit(), executor, messages), messages, saveFiles);
        }
        if (type == vn.sochibo.dues.view.DuesView.class) {
            return new vn.sochibo.dues.view.DuesView(new vn.sochibo.dues.view.DuesViewModel(services.duesBook(), services.dues(),
                    services.duesDocuments(), services.members(), executor, messages),
                    new vn.sochibo.dues.view.DuesStatisticsViewModel(services.duesBook(), executor, messages), views, dialogs,
                    messages, saveFiles);
        }
        if (type == vn.sochibo.dues.view.DuesBasisView.class) {
            return new vn.sochibo.dues.view.DuesBasisView(new vn.sochibo.dues.view.DuesBasisViewModel(services.dues(), executor,
                    messages), messages);
        }
        if (type == vn.sochibo.dues.view.BasisImportView.class) {
            return new vn.sochibo.dues.view.BasisImportView(new vn.sochibo.dues.view.BasisImportViewModel(services.duesImports(),
                    executor, messages), openFiles, messages);
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
}
