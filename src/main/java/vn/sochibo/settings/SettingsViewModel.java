package vn.sochibo.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import vn.sochibo.branch.BranchProfileForm;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.Messages;
import vn.sochibo.core.BuildInfo;
import vn.sochibo.storage.Preferences;
import vn.sochibo.ui.TextSize;
import vn.sochibo.ui.UiExecutor;

/** Settings: language, text size, the branch profile, and the about box. FX thread only. */
public final class SettingsViewModel {

    /** Languages offered: the bundle's base (Vietnamese) and English. */
    public enum Language { VI, EN }

    private final BranchService branch;
    private final Preferences preferences;
    private final UiExecutor executor;
    private final Messages messages;
    private final Runnable reloadUi;
    private final BranchProfileForm form;
    private final ObjectProperty<Language> language;
    private final ObjectProperty<TextSize> textSize;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final String dataFolder;
    private final BuildInfo build = BuildInfo.load();

    public SettingsViewModel(BranchService branch, Preferences preferences, UiExecutor executor, Messages messages,
                             Runnable reloadUi, String dataFolder) {
        this.branch = branch;
        this.preferences = preferences;
        this.executor = executor;
        this.messages = messages;
        this.reloadUi = reloadUi;
        this.dataFolder = dataFolder;
        this.form = new BranchProfileForm(messages);
        this.language = new SimpleObjectProperty<>(this, "language",
                "en".equals(preferences.get("language", "vi")) ? Language.EN : Language.VI);
        this.textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.parse(preferences.get("textSize", "NORMAL")));
    }

    public BranchProfileForm form() { return form; }
    public ObjectProperty<Language> languageProperty() { return language; }
    public ObjectProperty<TextSize> textSizeProperty() { return textSize; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public String aboutText() {
        return messages.get("settings.about.text", build.version(), build.buildDate(), dataFolder);
    }

    public String dataFolder() {
        return dataFolder;
    }

    /** Loads the stored profile into the form. */
    public void load() {
        executor.submit(progress -> branch.profile(), p -> p.ifPresent(form::fill), f -> form.showError(messages.describe(f)));
    }

    /** Stores language and text size, then rebuilds the window so every text follows. */
    public void applyDisplay() {
        preferences.put("language", language.get() == Language.EN ? "en" : "vi");
        preferences.put("textSize", textSize.get().name());
        reloadUi.run();
    }

    /** Validates and stores the branch profile. */
    public void saveProfile() {
        if (!form.check()) {
            return;
        }
        var profile = form.profile();
        executor.submit(progress -> {
            branch.save(profile);
            return true;
        }, ok -> message.set(messages.get("settings.profile.saved")), f -> form.showError(messages.describe(f)));
    }
}
