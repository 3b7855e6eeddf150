package vn.sochibo.dues.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.sochibo.branch.BranchProfile;
import vn.sochibo.branch.BranchService;
import vn.sochibo.common.Formats;
import vn.sochibo.common.Messages;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.dues.DuesRates;
import vn.sochibo.dues.MonthBook;
import vn.sochibo.dues.YearRow;
import vn.sochibo.dues.doc.DuesHeading;
import vn.sochibo.dues.doc.MonthListWriter;
import vn.sochibo.dues.doc.YearBookWriter;
import vn.sochibo.rulebook.service.DatedSettingService;

/**
 * The dues documents (src/site/rules.md, "Đảng phí"): the month's list sent up and the year's book, as .xlsx ready to
 * print. Synchronous, no JavaFX: call it from a background thread.
 */
public final class DuesDocumentService {

    private final DuesBookService book;
    private final BranchService branch;
    private final DatedSettingService settings;
    private final Clock clock;

    public DuesDocumentService(DuesBookService book, BranchService branch, DatedSettingService settings, Clock clock) {
        this.book = book;
        this.branch = branch;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes the list of {@code month} for {@code issuer} (null: the whole branch) to {@code file}.
     *
     * @return the book written (for the figures to show)
     * @throws UserFacingException when the file cannot be written; a ValidationException for a month before the rule
     */
    public MonthBook exportMonth(YearMonth month, String issuer, Path file) {
        MonthBook m = book.month(month, issuer);
        write(file, () -> new MonthListWriter().write(file, heading(issuer, month.atDay(1)), m, Messages.forLanguage("vi")));
        return m;
    }

    /** Writes the {@code year}'s book for {@code issuer} (null: the whole branch) to {@code file}; returns its rows. */
    public List<YearRow> exportYear(int year, String issuer, Path file) {
        List<YearRow> rows = book.year(year, issuer);
        LocalDate ruleDate = YearMonth.of(year, 12).atDay(1);
        write(file, () -> new YearBookWriter().write(file, heading(issuer, ruleDate), year, rows, book.lastEndedMonth(),
                Messages.forLanguage("vi")));
        return rows;
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Path file, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UserFacingException("export.error.write", e, file.getFileName().toString());
        }
    }

    /** The title block: the issuer under its upper body (the branch itself under the profile's upper body). */
    DuesHeading heading(String issuer, LocalDate ruleDate) {
        Messages vi = Messages.forLanguage("vi");
        BranchProfile p = branch.profile().orElse(null);
        LocalDate today = LocalDate.now(clock);
        String place = vi.get("export.date", p == null ? "" : p.placeName(), Formats.count(today.getDayOfMonth()),
                Formats.count(today.getMonthValue()), String.valueOf(today.getYear()));
        String rule = settings.book().inForce(DuesRates.RULE, ruleDate).map(v -> v.value()).orElse("");
        if (p == null) {
            return new DuesHeading("", issuer == null ? "" : issuer, place, rule);
        }
        boolean sub = issuer != null && !issuer.equals(p.branchName());
        return new DuesHeading(sub ? p.branchName() : p.upperBody(), sub ? issuer : p.branchName(), place, rule);
    }
}
