package vn.sochibo.ui;

import java.io.IOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import vn.sochibo.common.Messages;

/** Loads {@code XxxView.fxml} next to the {@code XxxView} class, with the bundle and the controller factory. */
public final class Views {

    private final Messages messages;
    private final ViewFactory factory;

    public Views(Messages messages, ViewFactory factory) {
        this.messages = messages;
        this.factory = factory;
    }

    /** A loaded view: its root node and its code-behind. */
    public record Loaded<V>(Parent root, V view) {
    }

    public <V> Loaded<V> load(Class<V> viewType) {
        URL fxml = viewType.getResource(viewType.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML for " + viewType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(factory::create);
        try {
            Parent root = loader.load();
            // JavaFX's own empty-table text is English ("No content in table"): give every table ours, those of
            // included views (fx:include, their own namespace) and of tabs not shown yet too
            for (Object node : loader.getNamespace().values()) {
                if (node instanceof javafx.scene.Node n) {
                    givePlaceholders(n);
                }
            }
            givePlaceholders(root);
            return new Loaded<>(root, viewType.cast(loader.getController()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot load " + fxml, e);
        }
    }

    private void givePlaceholders(javafx.scene.Node node) {
        if (node instanceof javafx.scene.control.TableView<?> table && table.getPlaceholder() == null) {
            javafx.scene.control.Label empty = new javafx.scene.control.Label(messages.get("common.table.empty"));
            empty.getStyleClass().add("muted");
            table.setPlaceholder(empty);
        }
        if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(t -> {
                if (t.getContent() != null) {
                    givePlaceholders(t.getContent());
                }
            });
        } else if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            givePlaceholders(scroll.getContent());
        } else if (node instanceof javafx.scene.control.TitledPane titled && titled.getContent() != null) {
            givePlaceholders(titled.getContent());
        } else if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(this::givePlaceholders);
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::givePlaceholders);
        }
    }
}
