package vn.sochibo.ui;

/** Builds the code-behind of an FXML view (with its view model); throws for types it does not know. */
@FunctionalInterface
public interface ViewFactory {
    Object create(Class<?> viewType);
}
