package vn.sochibo.member;

import java.time.LocalDate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.PersonName;

/**
 * What the member table's columns show and how they sort (by their fx:id in MemberListView.fxml): names the
 * Vietnamese way, dates dd/MM/yyyy, codes as their labels. FX thread.
 */
final class MemberColumnsView {

    private MemberColumnsView() {
    }

    @SuppressWarnings("unchecked")
    static void setUp(TableView<MemberRow> table, Messages messages) {
        for (TableColumn<MemberRow, ?> column : table.getColumns()) {
            switch (column.getId()) {
                case "indexColumn" -> {
                    TableColumn<MemberRow, MemberRow> index = (TableColumn<MemberRow, MemberRow>) column;
                    index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
                    index.setCellFactory(col -> new TableCell<>() {
                        @Override
                        protected void updateItem(MemberRow item, boolean empty) {
                            super.updateItem(item, empty);
                            setText(empty || item == null ? null : Integer.toString(getIndex() + 1));
                        }
                    });
                }
                case "nameColumn" -> {
                    TableColumn<MemberRow, MemberRow> name = (TableColumn<MemberRow, MemberRow>) column;
                    name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
                    name.setComparator(MemberRow::compareTo);
                    name.setCellFactory(col -> new TableCell<>() {
                        @Override
                        protected void updateItem(MemberRow item, boolean empty) {
                            super.updateItem(item, empty);
                            setText(empty || item == null ? null : item.member().fullName());
                        }
                    });
                }
                // the default column comparator calls the collator on every comparison (seconds for 100,000 rows)
                case "genderColumn" -> text(column, r -> messages.label(r.member().gender()), PersonName::compareText);
                case "birthColumn" -> text(column, r -> birthText(r.member()),
                        java.util.Comparator.comparing(MemberColumnsView::sortableDate));
                case "joinedColumn" -> date(column, r -> r.member().joinedDate());
                case "officialColumn" -> date(column, r -> r.member().officialDate());
                case "statusColumn" -> text(column, r -> messages.label(r.member().status()), PersonName::compareText);
                case "subBranchColumn" -> text(column, r -> r.member().subBranch(), PersonName::compareText);
                case "partyYearsColumn" -> ((TableColumn<MemberRow, Integer>) column)
                        .setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partyYears()));
                default -> throw new IllegalStateException("unknown column " + column.getId());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void text(TableColumn<MemberRow, ?> column, java.util.function.Function<MemberRow, String> value,
                             java.util.Comparator<String> order) {
        TableColumn<MemberRow, String> c = (TableColumn<MemberRow, String>) column;
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setComparator(order);
    }

    @SuppressWarnings("unchecked")
    private static void date(TableColumn<MemberRow, ?> column, java.util.function.Function<MemberRow, LocalDate> value) {
        TableColumn<MemberRow, LocalDate> c = (TableColumn<MemberRow, LocalDate>) column;
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> dateCell());
    }

    /** A cell showing a date as dd/MM/yyyy. */
    static <T> TableCell<T, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.date(item));
            }
        };
    }

    private static String birthText(MemberSummary m) {
        if (m.birthDate() != null) {
            return Formats.date(m.birthDate());
        }
        return m.birthYear() == null ? "" : String.valueOf(m.birthYear());
    }

    private static String sortableDate(String text) {
        if (text.length() == 10) {
            return text.substring(6) + text.substring(3, 5) + text.substring(0, 2);
        }
        return text.isEmpty() ? "" : text + "0000";
    }
}
