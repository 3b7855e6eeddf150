package vn.sochibo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.sochibo.common.Text;
import vn.sochibo.common.UserFacingException;
import vn.sochibo.dues.Due;
import vn.sochibo.dues.DuesKind;
import vn.sochibo.dues.DuesRates;
import vn.sochibo.dues.Exemption;
import vn.sochibo.dues.Months;
import vn.sochibo.dues.WageRegion;
import vn.sochibo.rulebook.RuleBook;

/**
 * {@code sochibo dues compute FILE.json}: the dues of a list of members for one month under the program's dated
 * settings, without a register (src/site/rules.md, "Đảng phí"). Strict reading: unknown fields, a missing or
 * misspelt kind, a missing basis or region, a reduction that is not one of the rule's steps, a month before the
 * rule's start are refused with a Vietnamese message naming the member.
 */
final class DuesComputeJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The input file. */
    record Input(String month, List<Member> members) {
    }

    /** One member: kind SALARIED, BENEFIT, PENSIONER, STUDENT or NO_PENSION; base, region, retired as the kind needs. */
    record Member(String name, String kind, Long base, String region, Boolean retired, Integer partyYears,
                  Integer reductionPercent) {
    }

    private DuesComputeJson() {
    }

    /** Reads and computes {@code file}; the result as the ordered map printed as JSON. */
    static Map<String, Object> compute(Path file, RuleBook rules) {
        Input input = read(file);
        String source = file.getFileName().toString();
        if (input.month() == null) {
            throw new UserFacingException("dues.cli.month.missing", source);
        }
        YearMonth month;
        try {
            month = Months.parse(input.month());
        } catch (DateTimeParseException e) {
            throw new UserFacingException("dues.cli.month.bad", source, input.month());
        }
        rules.require(DuesRates.RULE, month.atDay(1));
        List<Map<String, Object>> out = new ArrayList<>();
        long total = 0;
        List<Member> members = input.members() == null ? List.of() : input.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String name = m == null || m.name() == null ? "#" + (i + 1) : Text.clean(m.name());
            if (m == null) {
                throw new UserFacingException("dues.cli.member.empty", source, name);
            }
            Due due = DuesRates.due(situation(m, name, month, rules, source), month, rules);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("due", due.amount());
            row.put("exempt", due.exempt());
            out.add(row);
            total += due.amount();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("month", month.toString());
        result.put("members", out);
        result.put("total", total);
        return result;
    }

    private static DuesRates.Situation situation(Member m, String name, YearMonth month, RuleBook rules, String source) {
        DuesKind kind;
        try {
            kind = DuesKind.valueOf(String.valueOf(m.kind()).strip());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("dues.cli.kind", source, name, String.valueOf(m.kind()));
        }
        if (kind.hasOwnBase() && (m.base() == null || m.base() <= 0)) {
            throw new UserFacingException("dues.cli.base", source, name, kind.name());
        }
        WageRegion region = null;
        if (kind == DuesKind.NO_PENSION) {
            region = m.region() == null ? null : WageRegion.parse(m.region()).orElse(null);
            if (region == null) {
                throw new UserFacingException("dues.cli.region", source, name, String.valueOf(m.region()));
            }
            if (m.retired() == null) {
                throw new UserFacingException("dues.cli.retired", source, name);
            }
        }
        int reduction = m.reductionPercent() == null ? 0 : m.reductionPercent();
        List<Integer> steps = DuesRates.reductionSteps(month, rules);
        if (reduction != 0 && !steps.contains(reduction)) {
            throw new UserFacingException("dues.cli.reduction", source, name, String.valueOf(reduction),
                    steps.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (m.partyYears() != null && m.partyYears() < 0) {
            throw new UserFacingException("dues.cli.partyYears", source, name, String.valueOf(m.partyYears()));
        }
        boolean exempt = m.partyYears() != null && m.partyYears() >= DuesRates.exemptPartyYears(month, rules);
        return new DuesRates.Situation(kind, m.base(), region, Boolean.TRUE.equals(m.retired()),
                exempt ? Exemption.PARTY_YEARS : Exemption.NONE, reduction);
    }

    private static Input read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            Input input = MAPPER.readValue(in, Input.class);
            if (input == null) {
                throw new UserFacingException("dues.cli.json", name, "");
            }
            return input;
        } catch (NoSuchFileException e) {
            throw new UserFacingException("dues.cli.notFound", name);
        } catch (UnrecognizedPropertyException e) {
            throw new UserFacingException("dues.cli.unknownField", name, e.getPropertyName());
        } catch (JsonMappingException e) {
            throw new UserFacingException("dues.cli.wrongType", name, ElectionTallyCommand.path(e));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new UserFacingException("dues.cli.json", name, String.valueOf(line));
        } catch (IOException e) {
            throw new UserFacingException("dues.cli.unreadable", name);
        }
    }
}
