package vn.sochibo.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Row heights of the change-log export: the file must size rows itself, or printed lines overlap. */
class AuditWorkbookWriterTest {

    @Test
    void wrappedLinesGrowWithTheTextAndItsLineBreaks() {
        assertThat(AuditWorkbookWriter.wrappedLines(null, 40)).isEqualTo(1);
        assertThat(AuditWorkbookWriter.wrappedLines("Loại đảng viên: Chính thức", 40)).isEqualTo(1);
        assertThat(AuditWorkbookWriter.wrappedLines("x".repeat(48), 40)).isEqualTo(1);
        assertThat(AuditWorkbookWriter.wrappedLines("x".repeat(49), 40)).isEqualTo(2);
        assertThat(AuditWorkbookWriter.wrappedLines("x".repeat(300), 90)).isEqualTo(3);
        assertThat(AuditWorkbookWriter.wrappedLines("a\nb\nc", 90)).isEqualTo(3);
    }
}
