package vn.sochibo.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.PersonName;
import vn.sochibo.common.Text;
import vn.sochibo.ui.StatusBarModel;
import vn.sochibo.ui.UiExecutor;

/**
 * State and commands of the member list: the rows (already in Vietnamese name order), search without
 * diacritics, status and sub-branch filters, the selected member's details and the reminders.
 * All methods on the FX thread; loading runs in the background, filtering in memory on pre-folded keys.
 */
public final class MemberListViewModel {

    private final MemberService members;
    private final UiExecutor executor;
    private final Messages messages;
    private final StatusBarModel statusBar;
    private final ReminderSource otherReminders;

    private List<MemberRow> all = List.of();
    /** What the table shows: a fresh list per filter, so 100,000-row changes are not diffed item by item. */
    private final ReadOnlyObjectWrapper<ObservableList<MemberRow>> shown =
            new ReadOnlyObjectWrapper<>(this, "shown", FXCollections.observableArrayList());
    private final ObservableList<String> subBranches = FXCollections.observableArrayList();
    private final ObservableList<Reminder> reminders = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(this, "statusFilter", StatusFilter.ON_REGISTER);
    private final StringProperty subBranchFilter = new SimpleStringProperty(this, "subBranchFilter", null);
    private final ObjectProperty<MemberRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<MemberDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper(this, "shownText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final javafx.beans.property.ReadOnlyIntegerWrapper loadedCount = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "loadedCount");
    private final javafx.beans.property.ReadOnlyIntegerWrapper imported = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "imported");
    private long detailsRequest;
    /** Set by {@link #prime}: the next {@link #refresh} has nothing new to load. */
    private boolean primed;

    public MemberListViewModel(MemberService members, UiExecutor executor, Messages messages, StatusBarModel statusBar) {
        this(members, executor, messages, statusBar, ReminderSource.NONE);
    }

    /** @param otherReminders the reminders of other features, listed with the register's own */
    public MemberListViewModel(MemberService members, UiExecutor executor, Messages messages, StatusBarModel statusBar,
                               ReminderSource otherReminders) {
        this.otherReminders = otherReminders;
        this.members = members;
        this.executor = executor;
        this.messages = messages;
        this.statusBar = statusBar;
        searchText.addListener((obs, o, n) -> applyFilter());
        statusFilter.addListener((obs, o, n) -> applyFilter());
        subBranchFilter.addListener((obs, o, n) -> applyFilter());
        selected.addListener((obs, o, n) -> loadDetails(n));
    }

    /** The rows currently shown (name order), for look-ups; the table binds {@link #shownProperty()}. */
    public ObservableList<MemberRow> rows() { return shown.get(); }
    public ReadOnlyObjectProperty<ObservableList<MemberRow>> shownProperty() { return shown.getReadOnlyProperty(); }
    public ObservableList<String> subBranches() { return subBranches; }
    public ObservableList<Reminder> reminders() { return reminders; }
    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<StatusFilter> statusFilterProperty() { return statusFilter; }
    public StringProperty subBranchFilterProperty() { return subBranchFilter; }
    public ObjectProperty<MemberRow> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<MemberDetails> detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty shownTextProperty() { return shownText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** How many members the register holds (before any filter). */
    public javafx.beans.property.ReadOnlyIntegerProperty loadedCountProperty() { return loadedCount.getReadOnlyProperty(); }
    /** Counts the imports reloaded into the list (what was undoable before one is forgotten). */
    public javafx.beans.property.ReadOnlyIntegerProperty importedProperty() { return imported.getReadOnlyProperty(); }

    /** Reloads the register in the background; keeps the selection by id when possible. */
    public void refresh() {
        if (primed) {
            primed = false; // loaded moments ago, while the window was being built
            return;
        }
        refreshAndSelect(selected.get() == null ? null : selected.get().member().id());
    }

    /**
     * Shows a register loaded just before (at start-up, together with the database), at once and without a
     * background round trip, so the window's first frame already has the filled table; the first
     * {@link #refresh} after it is skipped.
     */
    public void prime(Loaded loaded) {
        show(loaded, null);
        primed = true;
    }

    /** Reloads the register and then selects the member with this id (if it is shown). */
    public void refreshAndSelect(Long keep) {
        busy.set(true);
        executor.submit(progress -> load(members, otherReminders), loaded -> show(loaded, keep), failure -> {
            busy.set(false);
            problem.set(messages.describe(failure));
        });
    }

    private void show(Loaded loaded, Long keep) {
        busy.set(false);
        problem.set(null);
        all = loaded.rows();
        loadedCount.set(all.size());
        long onRegister = all.stream().filter(r -> r.member().status().onRegister()).count();
        long probationary = all.stream().filter(r -> r.member().status() == MemberStatus.PROBATIONARY).count();
        statusBar.countsProperty().set(messages.get("member.counts", Formats.count(onRegister), Formats.count(probationary)));
        subBranches.setAll(loaded.subBranches());
        reminders.setAll(loaded.reminders());
        applyFilter();
        if (keep != null) {
            rows().stream().filter(r -> r.member().id() == keep).findFirst().ifPresentOrElse(selected::set, () -> selected.set(null));
        }
    }

    /** What a refresh loads: rows in name order, sub-branches, reminders. Made on a worker thread. */
    public record Loaded(List<MemberRow> rows, List<String> subBranches, List<Reminder> reminders) {
    }

    /** Loads the register as the list shows it. Any thread but the FX thread (it reads the database). */
    public static Loaded load(MemberService members) {
        return load(members, ReminderSource.NONE);
    }

    /** The same, with the reminders of other features among the register's own (soonest first). */
    public static Loaded load(MemberService members, ReminderSource otherReminders) {
        List<MemberSummary> list = new ArrayList<>(members.list());
        Map<Long, List<MemberEvent>> events = members.eventsForReminders();
        LocalDate today = members.today();
        List<PersonName.SortKey> keys = new ArrayList<>(list.size());
        Integer[] order = new Integer[list.size()];
        for (int i = 0; i < list.size(); i++) {
            keys.add(PersonName.sortKey(list.get(i).fullName()));
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = keys.get(a).compareTo(keys.get(b));
            return c != 0 ? c : Long.compare(list.get(a).id(), list.get(b).id());
        });
        List<MemberRow> rows = new ArrayList<>(list.size());
        for (int rank = 0; rank < order.length; rank++) {
            MemberSummary m = list.get(order[rank]);
            Integer years = PartyYears.completedYears(m.partyYearsStart(), events.getOrDefault(m.id(), List.of()), today).orElse(null);
            rows.add(new MemberRow(m, rank, years));
        }
        List<Reminder> reminders = new ArrayList<>(Reminders.compute(list, events, today));
        reminders.addAll(otherReminders.reminders(today));
        reminders.sort(java.util.Comparator.comparing(Reminder::due));
        return new Loaded(List.copyOf(rows), members.subBranches(), List.copyOf(reminders));
    }

    /** Applies search and filters to the loaded rows (kept in name order). Fast: folded keys, no collation. */
    public void applyFilter() {
        String[] tokens = Text.fold(searchText.get()).split(" ");
        StatusFilter status = statusFilter.get() == null ? StatusFilter.ON_REGISTER : statusFilter.get();
        String subBranch = subBranchFilter.get();
        List<MemberRow> shown = new ArrayList<>(all.size());
        for (MemberRow row : all) {
            MemberSummary m = row.member();
            if (status.accepts(m.status()) && (subBranch == null || subBranch.equals(m.subBranch()))
                    && matches(m.searchKey(), tokens)) {
                shown.add(row);
            }
        }
        this.shown.set(FXCollections.observableArrayList(shown));
        updateCounts();
    }

    static boolean matches(String key, String[] tokens) {
        for (String token : tokens) {
            if (!token.isEmpty() && !key.contains(token)) {
                return false;
            }
        }
        return true;
    }

    private void updateCounts() {
        shownText.set(messages.get("member.list.shown", shown.get().size(), all.size()));
    }

    private void loadDetails(MemberRow row) {
        long request = ++detailsRequest;
        if (row == null) {
            details.set(null);
            return;
        }
        executor.submit(progress -> members.details(row.member().id()), loaded -> {
            if (request == detailsRequest) {
                details.set(loaded);
            }
        }, failure -> problem.set(messages.describe(failure)));
    }

    /**
     * Shows this member whatever the filters hid (a reminder's link): every status, every chi bộ, no search text,
     * and selects the member.
     */
    public void show(long memberId) {
        statusFilter.set(StatusFilter.ALL);
        subBranchFilter.set(null);
        searchText.set("");
        rows().stream().filter(row -> row.member().id() == memberId).findFirst().ifPresent(selected::set);
    }

    /** Reloads after an import: the changes made before it can no longer be undone one by one. */
    public void reloadAfterImport() {
        imported.set(imported.get() + 1);
        refresh();
    }

    /** Reminder as one line of text for the reminders panel. */
    public String describe(Reminder reminder) {
        return switch (reminder.kind()) {
            case OFFICIAL_DUE -> messages.get("reminder.officialDue", reminder.fullName(), reminder.due());
            case BADGE_DUE -> messages.get("reminder.badgeDue", reminder.fullName(), reminder.badgeYears(), reminder.due());
            case PERIOD_ENDS -> messages.get("reminder.periodEnds", reminder.fullName(), reminder.due());
            case OTHER -> messages.get(reminder.other().textKey(), reminder.other().textArgs().toArray());
        };
    }

    /** Another feature's reminder about a member, for the details pane: the feature's name and the text. */
    public record Note(String label, String text) {
    }

    /** Other features' reminders about the member (the dues book's rule of three, arrears), for the details pane. */
    public List<Note> notesFor(long memberId) {
        List<Note> out = new ArrayList<>();
        for (Reminder r : reminders) {
            if (r.kind() == Reminder.Kind.OTHER && r.concerns(memberId)) {
                String feature = "reminder.feature." + r.other().feature();
                out.add(new Note(messages.has(feature) ? messages.get(feature) : "", describe(r)));
            }
        }
        return out;
    }

    /** Party years and next badge as a sentence for the details pane. */
    public String partyYearsText(MemberDetails d) {
        MemberDraft m = d.member().data();
        LocalDate start = m.admissionDecisionDate() != null ? m.admissionDecisionDate() : m.joinedDate();
        LocalDate today = members.today();
        String years = PartyYears.completedYears(start, d.events(), today).map(String::valueOf).orElse("—");
        String badge = PartyYears.nextBadge(start, d.events(), today)
                .map(b -> messages.get("member.details.nextBadge", b.years(), b.reached(), b.presentation())).orElse("");
        return messages.get("member.details.partyYears", years) + (badge.isEmpty() ? "" : " · " + badge);
    }
}
