package vn.sochibo.election.view;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.election.Congress;
import vn.sochibo.election.CongressDraft;
import vn.sochibo.election.service.CongressService;
import vn.sochibo.ui.UiExecutor;

/**
 * The frame of the "Đại hội &amp; bầu cử" screen: which congress is shown, setting up a new one from the register,
 * and the status line the four tabs share. FX thread only; every service call runs through the {@link UiExecutor}.
 */
public final class ElectionsViewModel {

    /**
     * What the clerk typed to set up a congress, as typed.
     *
     * @param term         the term, e.g. "2025-2030"
     * @param date         the congress date, dd/MM/yyyy
     * @param place        where it is held
     * @param recordNumber the first count record's number
     * @param boardHead    head of the counting board
     * @param boardMembers the other members of the counting board, separated by commas or semicolons
     */
    public record CongressForm(String term, String date, String place, String recordNumber, String boardHead,
            String boardMembers) {
    }

    private final CongressService congresses;
    private final ElectionSelection selection;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObservableList<Congress> congressList = FXCollections.observableArrayList();
    private final ReadOnlyListWrapper<Congress> congressesShown = new ReadOnlyListWrapper<>(this, "congresses",
            FXCollections.unmodifiableObservableList(congressList));

    /** Wires the view model. */
    public ElectionsViewModel(CongressService congresses, ElectionSelection selection, UiExecutor executor,
            Messages messages) {
        this.congresses = congresses;
        this.selection = selection;
        this.executor = executor;
        this.messages = messages;
    }

    /** Every congress, newest first. */
    public ReadOnlyListProperty<Congress> congressesProperty() {
        return congressesShown.getReadOnlyProperty();
    }

    /** The congress shown. */
    public ReadOnlyObjectProperty<Congress> congressProperty() {
        return selection.congressProperty();
    }

    /** The last error of any tab, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return selection.errorProperty();
    }

    /** The last message of any tab, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return selection.messageProperty();
    }

    /** Loads the congresses and shows the newest. */
    public void load() {
        executor.submit(progress -> congresses.list(), list -> {
            congressList.setAll(list);
            if (!list.isEmpty() && selection.congressProperty().get() == null) {
                selection.selectCongress(list.get(0));
            }
        }, this::fail);
    }

    /** Shows another congress. */
    public void select(Congress congress) {
        selection.selectCongress(congress);
    }

    /** Sets up a congress from the form and the register, then shows it. */
    public void createCongress(CongressForm form) {
        LocalDate heldOn;
        int number;
        try {
            heldOn = Formats.parseDate(form.date());
            number = Integer.parseInt(form.recordNumber().trim());
        } catch (RuntimeException e) {
            selection.fail(messages.get("election.ui.problem.dateOrNumber"));
            return;
        }
        List<String> board = Arrays.stream(form.boardMembers().split("[,;]")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        CongressDraft draft = new CongressDraft(form.term(), heldOn, form.place(), number, form.boardHead(), board);
        executor.submit(progress -> {
            long id = congresses.create(draft);
            return congresses.congress(id);
        }, created -> {
            selection.clearError();
            congressList.add(0, created);
            selection.selectCongress(created);
        }, this::fail);
    }

    private void fail(Throwable failure) {
        selection.fail(messages.describe(failure));
    }
}
