package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.sochibo.common.Messages;
import vn.sochibo.common.Problem;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.core.Services;
import vn.sochibo.evaluation.ChecklistItem;
import vn.sochibo.evaluation.EntryDraft;
import vn.sochibo.evaluation.EvaluationTexts;
import vn.sochibo.evaluation.Grade;
import vn.sochibo.evaluation.YearTally;
import vn.sochibo.evaluation.service.EntryState;
import vn.sochibo.evaluation.service.YearDetail;

/**
 * {@code sochibo evaluation YEAR [--issuer CHI_BO] [--json] [--list OUT.xlsx] [--report OUT.docx]}: every chi bộ's
 * evaluation of a year (grades, tally, cap, warnings), and its documents.
 */
@Command(name = "evaluation")
final class EvaluationCommand implements Callable<Integer> {

    @ParentCommand
    SoChiBoCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "YEAR", descriptionKey = "cli.evaluation-year")
    int year;

    @Option(names = "--issuer", paramLabel = "CHI_BO", descriptionKey = "cli.evaluation-issuer")
    String issuer;

    @Option(names = "--json", descriptionKey = "cli.evaluation-json")
    boolean json;

    @Option(names = "--list", paramLabel = "OUT.xlsx", descriptionKey = "cli.evaluation-list")
    Path list;

    @Option(names = "--report", paramLabel = "OUT.docx", descriptionKey = "cli.evaluation-report")
    Path report;

    @Override
    public Integer call() throws JsonProcessingException {
        Messages vi = Messages.forLanguage("vi");
        List<YearDetail> years;
        try (Services services = root.openServices()) {
            years = services.evaluations().overview(year).stream()
                    .filter(d -> issuer == null || d.year().issuer().equals(issuer)).toList();
            if ((list != null || report != null) && years.size() != 1) {
                throw new UserFacingException(years.isEmpty() ? "cli.evaluation.none" : "cli.evaluation.whichIssuer", year);
            }
            if (list != null) {
                services.evaluationDocuments().exportList(years.get(0).year().id(), list);
                spec.commandLine().getErr().println(vi.get("cli.meetings.written", list.toAbsolutePath()));
            }
            if (report != null) {
                services.evaluationDocuments().exportReport(years.get(0).year().id(), report);
                spec.commandLine().getErr().println(vi.get("cli.meetings.written", report.toAbsolutePath()));
            }
        }
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (YearDetail d : years) {
                out.add(year(d, vi));
            }
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(out));
        } else if (years.isEmpty()) {
            spec.commandLine().getOut().println(vi.get("cli.evaluation.none", year));
        } else {
            for (YearDetail d : years) {
                spec.commandLine().getOut().println(vi.get("cli.evaluation.heading", d.year().issuer(), d.year().year()));
                spec.commandLine().getOut().println("  " + EvaluationTexts.sentence(vi, d.tally().sentence()));
                for (Problem p : d.warnings()) {
                    spec.commandLine().getOut().println("  ! " + EvaluationTexts.render(vi, p));
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> year(YearDetail d, Messages vi) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("id", d.year().id());
        y.put("issuer", d.year().issuer());
        y.put("year", d.year().year());
        y.put("rollDate", d.year().header().rollDate().toString());
        y.put("reviewDate", d.year().header().reviewDate() == null ? null : d.year().header().reviewDate().toString());
        y.put("reviewMeetingId", d.year().header().reviewMeetingId());
        y.put("voteBase", d.voteBase());
        YearTally t = d.tally();
        Map<String, Object> tally = new LinkedHashMap<>();
        tally.put("onRoll", t.onRoll());
        tally.put("evaluated", t.evaluated());
        Map<String, Object> notEvaluated = new LinkedHashMap<>();
        t.notEvaluated().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> notEvaluated.put(e.getKey().name(), e.getValue()));
        tally.put("notEvaluated", notEvaluated);
        Map<String, Object> grades = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            grades.put(g.name(), t.count(g));
        }
        tally.put("grades", grades);
        tally.put("ungraded", t.ungraded());
        y.put("tally", tally);
        y.put("sentence", EvaluationTexts.sentence(vi, t.sentence()));
        if (d.cap() != null) {
            y.put("cap", Map.of("excellent", d.cap().excellent(), "good", d.cap().good(),
                    "capPercent", d.cap().capPercent(), "maxExcellent", d.cap().maxExcellent(), "exceeded", d.cap().exceeded()));
        }
        Map<String, Object> branch = new LinkedHashMap<>();
        branch.put("points", d.year().branch().points());
        branch.put("computed", name(d.branchComputed().grade()));
        branch.put("proposed", name(d.year().branch().proposed()));
        branch.put("decided", name(d.year().branch().decided()));
        branch.put("fourGood", ChecklistItem.outcome(d.checklist()).name());
        y.put("branch", branch);
        y.put("warnings", d.warnings().stream().map(p -> EvaluationTexts.render(vi, p)).toList());
        List<Map<String, Object>> members = new ArrayList<>();
        for (EntryState e : d.entries()) {
            members.add(member(e, vi));
        }
        y.put("members", members);
        return y;
    }

    private static Map<String, Object> member(EntryState e, Messages vi) {
        EntryDraft draft = e.entry().draft();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("memberId", e.entry().memberId());
        m.put("fullName", e.entry().fullName());
        m.put("participation", e.entry().participation().name());
        m.put("form", draft.formKind() == null ? null : draft.formKind().code());
        m.put("common", draft.score().common());
        m.put("tasks", draft.score().tasks());
        m.put("total", draft.score().total());
        m.put("computed", name(e.computed().grade()));
        m.put("proposed", name(draft.proposed()));
        m.put("votesFor", draft.vote() == null ? null : draft.vote().votesFor());
        m.put("votePassed", e.votePassed());
        m.put("decided", name(draft.decided()));
        m.put("problems", e.problems().stream().map(p -> EvaluationTexts.render(vi, p)).toList());
        return m;
    }

    private static String name(Grade grade) {
        return grade == null ? null : grade.name();
    }
}
