package vn.sochibo.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.sochibo.branch.BranchKind;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberEventType;
import vn.sochibo.member.MemberStatus;
import vn.sochibo.member.PoliticalTheory;
import vn.sochibo.member.stats.EducationLevel;
import vn.sochibo.member.stats.MemberStatistics;
import vn.sochibo.ui.TextSize;

/** Every key used exists, Vietnamese and English have the same keys, and the texts are NFC. */
class MessagesConsistencyTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishHasExactlyTheVietnameseKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void vietnameseTextsAreNfcAndHaveDiacritics() throws IOException {
        Properties vi = load("messages.properties");
        for (String key : vi.stringPropertyNames()) {
            assertThat(Normalizer.isNormalized(vi.getProperty(key), Normalizer.Form.NFC)).as(key).isTrue();
        }
        assertThat(vi.getProperty("nav.members")).isEqualTo("Đảng viên");
    }

    @Test
    void everyKeyUsedInFxmlAndJavaExists() throws IOException {
        Properties vi = load("messages.properties");
        Set<String> used = new HashSet<>();
        Pattern fxml = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
        Pattern java = Pattern.compile("messages(?:\\(\\))?\\.get\\(\"([a-z][a-zA-Z0-9_.]+)\"");
        Pattern key = Pattern.compile("\"((?:member|meeting|storage|sample|branch|cli|error|validation|election|audit)\\.[a-zA-Z0-9_.]+)\"");
        for (Path root : new Path[] {Paths.get("src/main/resources"), Paths.get("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".fxml") || f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    for (Pattern p : new Pattern[] {fxml, java, key}) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            String k = m.group(1);
                            if (!k.endsWith(".") && !k.startsWith("vn.") && !k.startsWith("sochibo.") && !k.startsWith("org.")) {
                                used.add(k);
                            }
                        }
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(k -> assertThat(vi.containsKey(k)).as("missing key " + k).isTrue());
    }

    @Test
    void everyEnumShownToTheUserHasALabel() throws IOException {
        Properties vi = load("messages.properties");
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(Gender.class, MemberStatus.class,
                PoliticalTheory.class, MemberEventType.class, BranchKind.class, TextSize.class, EducationLevel.class,
                MemberStatistics.AgeBand.class, MemberStatistics.PartyYearsBand.class, vn.sochibo.importing.doc.ColumnField.class,
                vn.sochibo.importing.RowState.class, vn.sochibo.io.excel.LegacyVietnamese.Encoding.class,
                vn.sochibo.election.engine.Office.class, vn.sochibo.election.Attendance.class,
                vn.sochibo.election.engine.Attendee.Standing.class, vn.sochibo.election.engine.Attendee.Situation.class,
                vn.sochibo.election.engine.Round.Kind.class, vn.sochibo.meeting.MeetingType.class,
                vn.sochibo.meeting.AgendaPart.class, vn.sochibo.meeting.Attendance.class, vn.sochibo.meeting.ResolutionKind.class,
                vn.sochibo.meeting.AssignmentStatus.class,
                vn.sochibo.audit.AuditAction.class, vn.sochibo.audit.AuditKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String k = "enum." + type.getSimpleName() + "." + constant.name();
                assertThat(vi.containsKey(k)).as(k).isTrue();
            }
        }
    }
}
