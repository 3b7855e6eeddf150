package vn.sochibo.app;

import java.util.EnumMap;
import java.util.Map;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import vn.sochibo.admission.view.AdmissionView;
import vn.sochibo.audit.AuditView;
import vn.sochibo.election.view.ElectionsView;
import vn.sochibo.meeting.MeetingView;
import vn.sochibo.member.MemberListView;
import vn.sochibo.member.stats.StatisticsView;
import vn.sochibo.settings.SettingsView;

/** The main window: navigation rail, the current screen, the status bar. Screens load on first use. */
public final class MainView {

    /** The screens of the navigation rail. */
    public enum Screen { MEMBERS, MEETINGS, ADMISSIONS, ELECTIONS, EVALUATION, DUES, STATISTICS, AUDIT, SETTINGS }

    private final MainViewModel viewModel;
    private final AppContext context;
    private final Map<Screen, Parent> loaded = new EnumMap<>(Screen.class);
    private final Map<Screen, Object> views = new EnumMap<>(Screen.class);

    @FXML private BorderPane root;
    @FXML private ToggleGroup navGroup;
    @FXML private ToggleButton navMembers;
    @FXML private ToggleButton navMeetings;
    @FXML private ToggleButton navAdmissions;
    @FXML private ToggleButton navElections;
    @FXML private ToggleButton navEvaluation;
    @FXML private ToggleButton navDues;
    @FXML private ToggleButton navStatistics;
    @FXML private ToggleButton navAudit;
    @FXML private ToggleButton navSettings;
    @FXML private Label branchLabel;
    @FXML private StackPane contentPane;
    @FXML private Label statusCountsLabel;
    @FXML private Label statusMessageLabel;

    public MainView(MainViewModel viewModel, AppContext context) {
        this.viewModel = viewModel;
        this.context = context;
    }

    @FXML
    private void initialize() {
        branchLabel.textProperty().bind(viewModel.branchNameProperty());
        statusCountsLabel.textProperty().bind(context.statusBar().countsProperty());
        statusMessageLabel.textProperty().bind(context.statusBar().messageProperty());
        navMembers.setUserData(Screen.MEMBERS);
        navMeetings.setUserData(Screen.MEETINGS);
        navAdmissions.setUserData(Screen.ADMISSIONS);
        navElections.setUserData(Screen.ELECTIONS);
        navEvaluation.setUserData(Screen.EVALUATION);
        navDues.setUserData(Screen.DUES);
        navStatistics.setUserData(Screen.STATISTICS);
        navAudit.setUserData(Screen.AUDIT);
        navSettings.setUserData(Screen.SETTINGS);
        navGroup.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // keep one screen selected
            } else {
                show((Screen) selected.getUserData());
            }
        });
        viewModel.load();
        select(Screen.MEMBERS);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> guardClose(window));
                guardClose(scene.getWindow());
            }
        });
    }

    private final java.util.Set<javafx.stage.Window> guarded = new java.util.HashSet<>();

    /** Closing the window asks first when the meeting shown has unsaved changes (after "Lưu", it closes once saved). */
    private void guardClose(javafx.stage.Window window) {
        if (window == null || !guarded.add(window)) {
            return;
        }
        window.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (window.getScene() == null || window.getScene().getRoot() != root) {
                return; // this main view is no longer shown in the window
            }
            if (views.get(Screen.MEETINGS) instanceof MeetingView meetings && !meetings.confirmLeave(window::hide)) {
                event.consume();
            }
        });
    }

    /** Switches to a screen (loading it the first time), or refreshes it when it is the current one. */
    public void select(Screen screen) {
        Toggle current = navGroup.getSelectedToggle();
        if (current != null && current.getUserData() == screen) {
            show(screen); // no change of toggle, so the listener does not show it
            return;
        }
        for (Toggle toggle : navGroup.getToggles()) {
            if (toggle.getUserData() == screen) {
                toggle.setSelected(true); // the listener shows it (once: a second show would load the screen twice)
            }
        }
    }

    private void show(Screen screen) {
        Parent node = loaded.computeIfAbsent(screen, this::load);
        contentPane.getChildren().setAll(node);
        if (screen == Screen.STATISTICS && views.get(screen) instanceof StatisticsView statistics) {
            statistics.refresh();
        }
        if (screen == Screen.MEMBERS && views.get(screen) instanceof MemberListView members) {
            members.refresh();
        }
        if (screen == Screen.MEETINGS && views.get(screen) instanceof MeetingView meetings) {
            meetings.refresh();
        }
        if (screen == Screen.ADMISSIONS && views.get(screen) instanceof AdmissionView admissions) {
            admissions.refresh();
        }
        if (screen == Screen.EVALUATION && views.get(screen) instanceof vn.sochibo.evaluation.view.EvaluationView evaluation) {
            evaluation.refresh();
        }
        if (screen == Screen.DUES && views.get(screen) instanceof vn.sochibo.dues.view.DuesView dues) {
            dues.refresh();
        }
        if (screen == Screen.AUDIT && views.get(screen) instanceof AuditView audit) {
            audit.refresh();
        }
    }

    private Parent load(Screen screen) {
        return switch (screen) {
            case MEMBERS -> {
                vn.sochibo.ui.Views.Loaded<MemberListView> list = context.views().load(MemberListView.class);
                list.view().otherReminderAction(this::openReminder);
                yield keep(screen, list);
            }
            case STATISTICS -> keep(screen, context.views().load(StatisticsView.class));
            case SETTINGS -> keep(screen, context.views().load(SettingsView.class));
            case MEETINGS -> keep(screen, context.views().load(MeetingView.class));
            case ADMISSIONS -> keep(screen, context.views().load(AdmissionView.class));
            case ELECTIONS -> keep(screen, context.views().load(ElectionsView.class));
            case EVALUATION -> keep(screen, context.views().load(vn.sochibo.evaluation.view.EvaluationView.class));
            case AUDIT -> keep(screen, context.views().load(AuditView.class));
            case DUES -> keep(screen, context.views().load(vn.sochibo.dues.view.DuesView.class));
        };
    }

    private Parent keep(Screen screen, vn.sochibo.ui.Views.Loaded<?> loadedView) {
        views.put(screen, loadedView.view());
        return loadedView.root();
    }

    /** Opens what another feature's reminder of the member list is about, on that feature's screen. */
    void openReminder(vn.sochibo.member.Reminder.Other other) {
        switch (other.feature()) {
            case vn.sochibo.admission.service.AdmissionReminders.FEATURE -> openCandidate(other.id());
            case vn.sochibo.dues.service.DuesBookService.FEATURE -> openDues(other.id(), other.place());
            default -> { }
        }
    }

    /**
     * Shows the dues book at the month the reminder is about ({@code month} as {@code 2026-03}; null: the month
     * shown) with the member's line selected (a dues reminder of the member list was clicked).
     */
    void openDues(long memberId, String month) {
        select(Screen.DUES);
        if (views.get(Screen.DUES) instanceof vn.sochibo.dues.view.DuesView dues) {
            dues.open(memberId, month == null ? null : java.time.YearMonth.parse(month));
        }
    }

    /** Shows the admission screen with one candidate's file (a reminder of the member list was clicked). */
    void openCandidate(long candidateId) {
        select(Screen.ADMISSIONS);
        if (views.get(Screen.ADMISSIONS) instanceof AdmissionView admissions) {
            admissions.open(candidateId);
        }
    }

    Node root() {
        return root;
    }
}
