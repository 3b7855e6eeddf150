/**
 * The "Đại hội &amp; bầu cử" screen: a frame ({@code ElectionsView}: congress chooser, new congress, status line)
 * that includes one FXML view per tab (roll, offices and lists, ballot entry, result), each with its view model.
 * The tabs share an {@code ElectionSelection} (the congress, the office, changes to its rounds, the status line).
 */
package vn.sochibo.election.view;
