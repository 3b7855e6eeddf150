package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the file dialogs open first: the user's Documents folder, however the desktop names it. */
class FxFileDialogsTest {

    @TempDir
    Path home;

    @Test
    void aHomeWithoutDocumentsOpensAtHome() {
        assertThat(FxFileDialogs.documentsFolder(home)).isEqualTo(home);
    }

    @Test
    void theDocumentsFolderIsTakenWhenThere() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertThat(FxFileDialogs.documentsFolder(home)).isEqualTo(documents);
    }

    @Test
    void aLinuxDesktopInVietnameseNamesItsOwnFolder() throws Exception {
        Files.createDirectory(home.resolve("Documents"));
        Path named = Files.createDirectory(home.resolve("Tài liệu"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Màn hình nền\"\nXDG_DOCUMENTS_DIR=\"$HOME/Tài liệu\"\n");
        assertThat(FxFileDialogs.documentsFolder(home)).isEqualTo(named);
    }

    @Test
    void aNamedFolderThatIsGoneFallsBackToDocuments() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Đã xóa\"\n");
        assertThat(FxFileDialogs.documentsFolder(home)).isEqualTo(documents);
    }

    @Test
    void theTestDialogsAnswerQueuedFilesFirstAndRecordEveryQuestion() {
        TestFileDialogs files = new TestFileDialogs().answerAlways(home.resolve("always.xlsx")).answerNext(home.resolve("first.docx"));
        assertThat(files.save("Lưu", FileKind.DOCUMENT, "a.docx")).contains(home.resolve("first.docx"));
        assertThat(files.open("Mở", FileKind.WORKBOOK_TO_READ)).contains(home.resolve("always.xlsx"));
        assertThat(new TestFileDialogs().chooseFolder("Thư mục")).isEmpty();
        assertThat(files.asked()).extracting(TestFileDialogs.Question::operation).containsExactly("save", "open");
        assertThat(files.asked().get(0).suggestedName()).isEqualTo("a.docx");
    }
}
