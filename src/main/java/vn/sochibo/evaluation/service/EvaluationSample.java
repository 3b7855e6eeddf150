package vn.sochibo.evaluation.service;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.sochibo.common.UserFacingException;
import vn.sochibo.evaluation.BranchGradeDraft;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.CriterionScore;
import vn.sochibo.evaluation.EntryDraft;
import vn.sochibo.evaluation.FormKind;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.GradeVote;
import vn.sochibo.evaluation.Score;
import vn.sochibo.evaluation.ScorePart;
import vn.sochibo.evaluation.TaskFigures;
import vn.sochibo.evaluation.Violations;
import vn.sochibo.evaluation.YearHeader;

/**
 * The sample branch's evaluation ({@code samples/danh-gia-mau.json}): a finished past year of one chi bộ (points,
 * votes, grades decided above, the chi bộ's own grade, "Chi bộ 4 tốt") and the current year in progress, stored
 * through the service like the clerk would. Run inside the sample load's transaction, after the members.
 */
public final class EvaluationSample {

    public static final String RESOURCE = "/samples/danh-gia-mau.json";

    private final EvaluationService evaluations;

    public EvaluationSample(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SampleFile(List<SampleYear> years) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SampleYear(String issuer, int year, LocalDate reviewDate, Integer voteBase, Integer reportNumber,
                      SampleGrade branch, List<Boolean> checklist, List<SampleEntry> members) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SampleGrade(BigDecimal points, BigDecimal completed, BigDecimal onTime, BigDecimal exceeding, Boolean fixed,
                       Grade proposed, Grade decided, LocalDate decidedDate, String decidedRef) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SampleEntry(String name, String form, BigDecimal common, BigDecimal tasks, List<SampleGroup> groups,
                       BigDecimal completed, BigDecimal onTime, BigDecimal exceeding, Boolean fixed, String comment,
                       Grade proposed, List<Integer> votes, Grade decided, LocalDate decidedDate, String decidedRef) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SampleGroup(ScorePart part, String title, BigDecimal points) {
    }

    /** Stores the sample years (for the sample's chi bộ, or the register's first chi bộ when it has another). */
    public void load() {
        List<String> issuers = evaluations.issuers();
        if (issuers.isEmpty()) {
            return;
        }
        for (SampleYear y : read().years()) {
            if (y.year() > evaluations.today().getYear()) {
                continue;
            }
            String issuer = issuers.contains(y.issuer()) ? y.issuer() : issuers.get(0);
            long id = evaluations.open(issuer, y.year());
            Map<String, Long> entries = evaluations.entriesByName(id);
            Map<Long, EntryDraft> drafts = new LinkedHashMap<>();
            for (SampleEntry m : y.members()) {
                Long entry = entries.get(m.name());
                if (entry != null) {
                    drafts.put(entry, draft(m));
                }
            }
            evaluations.saveEntries(id, drafts);
            if (y.branch() != null || y.checklist() != null || y.reviewDate() != null || y.voteBase() != null) {
                LocalDate rollDate = evaluations.years(issuer).stream().filter(r -> r.id() == id).findFirst()
                        .orElseThrow().header().rollDate();
                SampleGrade b = y.branch();
                BranchGradeDraft branch = b == null ? BranchGradeDraft.EMPTY : new BranchGradeDraft(b.points(),
                        new TaskFigures(b.completed(), b.onTime(), b.exceeding(), b.fixed()), b.proposed(), null,
                        b.decided(), b.decidedDate(), b.decidedRef());
                List<ChecklistItem> items = new ArrayList<>();
                List<ChecklistItem> defaults = EvaluationDefaults.checklist();
                for (int i = 0; i < defaults.size(); i++) {
                    Boolean achieved = y.checklist() != null && i < y.checklist().size() ? y.checklist().get(i) : null;
                    items.add(new ChecklistItem(defaults.get(i).title(), achieved, null));
                }
                evaluations.saveYearPage(id, new YearHeader(rollDate, null, y.reviewDate(), y.voteBase(),
                        y.reportNumber(), null), branch, items);
            }
        }
    }

    private static EntryDraft draft(SampleEntry m) {
        Score score = m.groups() != null
                ? Score.byGroups(m.groups().stream().map(g -> new CriterionScore(g.part(), g.title(), g.points())).toList())
                : Score.totals(m.common(), m.tasks());
        GradeVote vote = m.votes() == null ? null : new GradeVote(m.votes().get(0), m.votes().get(1), m.votes().get(2));
        return new EntryDraft(null, FormKind.fromCode(m.form()), score,
                new TaskFigures(m.completed(), m.onTime(), m.exceeding(), m.fixed()), Violations.NONE, null, m.comment(),
                m.proposed(), null, vote, m.decided(), m.decidedDate(), m.decidedRef());
    }

    private static SampleFile read() {
        try (InputStream in = EvaluationSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UserFacingException("sample.error.missing");
            }
            return new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readValue(in, SampleFile.class);
        } catch (IOException e) {
            throw new UserFacingException("sample.error.read", e, e.getMessage());
        }
    }
}
