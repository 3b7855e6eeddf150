package vn.sochibo.core;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.sochibo.TestClocks;
import vn.sochibo.election.ElectionOffice;
import vn.sochibo.election.RoundInfo;
import vn.sochibo.importing.ImportResult;
import vn.sochibo.importing.MemberImportService;
import vn.sochibo.member.Gender;
import vn.sochibo.member.MemberDraft;
import vn.sochibo.member.MemberSummary;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.common.ProgressListener;

/**
 * Child process of the crash test ({@link CrashHarness}): opens the register in {@code args[0]} through the real
 * {@link Services} and does real user actions in a loop until it is killed: member saves and edits, Excel
 * imports of small generated files, ballot entries in the open round. Before each action it prints
 * {@code BEGIN <kind> <details>}; only after the service call has returned it prints {@code ACK <kind> …}.
 * Arguments: data folder, seed, run number, and optionally a number of actions after which it exits cleanly.
 * Card numbers are unique: {@code 9RRRRKKKKKKK} for a saved member, {@code 8RRRRIII} + row for an import.
 */
public final class CrashWorker {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Hồng", "Quốc", "Thanh", "Ngọc"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Mai", "Nam",
        "Nga", "Phong", "Quang", "Sơn", "Thảo", "Trang", "Tuấn", "Vân", "Yến"};
    static final String[] REASONS = {"Rách phiếu", "Không có dấu của Ban kiểm phiếu", "Viết thêm tên"};
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Services services;
    private final Random random;
    private final int run;
    private final PrintStream out;
    private final Path scratch;
    private final List<Long> memberIds = new ArrayList<>();
    private final long roundId;
    private final int ballots;
    private int actions;
    private int imports;

    private CrashWorker(Services services, long seed, int run, PrintStream out, Path scratch) {
        this.services = services;
        this.random = new Random(seed);
        this.run = run;
        this.out = out;
        this.scratch = scratch;
        services.members().list().stream().map(MemberSummary::id).forEach(memberIds::add);
        RoundInfo round = openRound(services);
        this.roundId = round.id();
        this.ballots = round.ballotsIssued();
    }

    /** The open round of the congress {@link CrashHarness} set up: the last round of its only office. */
    static RoundInfo openRound(Services services) {
        long congress = services.congresses().list().get(0).id();
        ElectionOffice office = services.officeLists().offices(congress).get(0);
        List<RoundInfo> rounds = services.elections().rounds(office.id());
        return rounds.get(rounds.size() - 1);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int run = Integer.parseInt(args[2]);
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Thread orphanGuard = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; end of input means it is gone
                }
            } catch (java.io.IOException e) {
                // treated like end of input
            }
            Runtime.getRuntime().halt(3); // never outlive the test that started us
        }, "orphan-guard");
        orphanGuard.setDaemon(true);
        orphanGuard.start();
        Path scratch = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-files"));
        try (Services services = Services.open(DataLocation.at(dir), TestClocks.FIXED)) {
            CrashWorker worker = new CrashWorker(services, seed, run, out, scratch);
            out.println("READY");
            while (worker.actions < limit) {
                worker.act();
            }
        }
        out.println("DONE");
    }

    private void act() throws Exception {
        int k = actions++;
        int dice = k < 4 ? k * 30 : random.nextInt(100); // the first four: one of each kind
        if (dice < 30) {
            save(k);
        } else if (dice < 55) {
            edit(k);
        } else if (dice < 88) {
            ballot();
        } else {
            importFile();
        }
    }

    private MemberDraft draft(String card, String notes) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        LocalDate birth = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate joined = birth.plusYears(20 + random.nextInt(20)).plusDays(random.nextInt(300));
        if (joined.isAfter(TestClocks.TODAY.minusYears(2))) {
            joined = TestClocks.TODAY.minusYears(2).minusDays(random.nextInt(2000));
        }
        LocalDate official = random.nextBoolean() ? joined.plusYears(1) : null;
        return new MemberDraft(name, null, random.nextBoolean() ? Gender.NAM : Gender.NU, birth, null, null, null, null,
                null, null, card, card, null, null, null, null, null, null, null, null, null, joined, official, null, null,
                notes);
    }

    /** A new member saved from the editor. */
    private void save(int k) {
        String card = String.format("9%04d%07d", run, k);
        MemberDraft d = draft(card, "Lưu " + run + "-" + k);
        int events = d.officialDate() == null ? 1 : 2;
        out.println("BEGIN create " + card + " " + events + " " + d.fullName());
        long id = services.members().create(d);
        memberIds.add(id);
        out.println("ACK create " + card + " " + id);
    }

    /** A member's record edited and saved again (new notes). */
    private void edit(int k) {
        long id = memberIds.get(random.nextInt(memberIds.size()));
        MemberDraft d = services.members().details(id).member().data();
        String notes = "Sửa " + run + "-" + k;
        MemberDraft changed = new MemberDraft(d.fullName(), d.otherNames(), d.gender(), d.birthDate(), d.birthYear(),
                d.birthPlace(), d.homeTown(), d.residence(), d.ethnicity(), d.religion(), d.personalId(),
                d.partyCardNumber(), d.recordNumber(), d.generalEducation(), d.professionalLevel(), d.politicalTheory(),
                d.occupation(), d.jobPosition(), d.partyPosts(), d.youthUnionDate(), d.admissionDecisionDate(),
                d.joinedDate(), d.officialDate(), d.subBranch(), d.phone(), notes);
        out.println("BEGIN edit " + id + " " + notes);
        services.members().update(id, changed);
        out.println("ACK edit " + id);
    }

    /** One ballot typed by entry 1 or 2 (replacing what that entry had under the number). */
    private void ballot() {
        int entry = 1 + random.nextInt(2);
        int sequence = 1 + random.nextInt(ballots);
        String typed;
        int kind = random.nextInt(10);
        if (kind == 0) {
            typed = "!" + REASONS[random.nextInt(REASONS.length)];
        } else {
            int a = 1 + random.nextInt(6);
            int b = 1 + random.nextInt(6);
            typed = a == b || kind < 5 ? String.valueOf(a) : Math.min(a, b) + " " + Math.max(a, b);
        }
        out.println("BEGIN ballot " + entry + " " + sequence + " " + typed);
        services.elections().enterBallot(roundId, entry, sequence, typed);
        out.println("ACK ballot " + entry + " " + sequence);
    }

    /** A small list from another office imported from .xlsx (all rows new). */
    private void importFile() throws Exception {
        int number = imports++;
        String tag = String.format("8%04d%03d", run, number);
        int rows = 5 + random.nextInt(40);
        Path file = scratch.resolve("nhap-" + run + "-" + number + ".xlsx");
        try (OutputStream stream = Files.newOutputStream(file); Workbook wb = new Workbook(stream, "sochibo", "1.0")) {
            Worksheet ws = wb.newWorksheet("Danh sách");
            String[] header = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng viên", "Ngày vào Đảng",
                "Ngày chính thức"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int i = 0; i < rows; i++) {
                MemberDraft d = draft(tag + String.format("%04d", i), null);
                ws.value(i + 1, 0, i + 1);
                ws.value(i + 1, 1, d.fullName());
                ws.value(i + 1, 2, d.gender() == Gender.NAM ? "Nam" : "Nữ");
                ws.value(i + 1, 3, DMY.format(d.birthDate()));
                ws.value(i + 1, 4, d.partyCardNumber());
                ws.value(i + 1, 5, DMY.format(d.joinedDate()));
                if (d.officialDate() != null) {
                    ws.value(i + 1, 6, DMY.format(d.officialDate()));
                }
            }
        }
        out.println("BEGIN import " + tag + " " + rows);
        ImportResult result = services.imports().importFile(file, null, MemberImportService.Mode.COMMIT,
                ProgressListener.NONE);
        if (result.imported() != rows) {
            throw new IllegalStateException("import of " + rows + " rows added " + result.imported() + ": "
                    + result.rejected());
        }
        out.println("ACK import " + tag + " " + result.imported());
        Files.deleteIfExists(file);
    }
}
