package vn.sochibo.member;

import static vn.sochibo.storage.jooq.Tables.MEMBER;
import static vn.sochibo.storage.jooq.Tables.SUB_BRANCH;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import vn.sochibo.common.Text;

/**
 * SQL for the {@code member} table. Stateless: every method runs on the caller's transaction.
 */
public final class MemberRepository {

    /** Inserts a member and returns its new id. */
    public long insert(DSLContext ctx, MemberDraft draft, Long subBranchId, MemberStatus status, LocalDateTime now) {
        Map<Field<?>, Object> values = values(draft, subBranchId);
        values.put(MEMBER.STATUS, status);
        values.put(MEMBER.CREATED_AT, now);
        values.put(MEMBER.UPDATED_AT, now);
        return ctx.insertInto(MEMBER).set(values).returningResult(MEMBER.ID).fetchSingle().value1();
    }

    /** Inserts a member under a former id (undoing its deletion). */
    public void insertWithId(DSLContext ctx, long id, MemberDraft draft, Long subBranchId, MemberStatus status, LocalDateTime now) {
        Map<Field<?>, Object> values = values(draft, subBranchId);
        values.put(MEMBER.ID, id);
        values.put(MEMBER.STATUS, status.name());
        values.put(MEMBER.CREATED_AT, now);
        values.put(MEMBER.UPDATED_AT, now);
        ctx.insertInto(MEMBER).set(values).execute();
    }

    /**
     * Inserts many members with plain JDBC batches on the caller's transaction (about 10x faster than one
     * statement each) and returns the generated ids in input order.
     */
    public List<Long> insertAll(DSLContext ctx, List<MemberDraft> drafts, List<Long> subBranchIds,
                                List<MemberStatus> statuses, LocalDateTime now) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<Field<?>> columns = new java.util.ArrayList<>(values(drafts.get(0), null).keySet());
        columns.add(MEMBER.STATUS);
        columns.add(MEMBER.CREATED_AT);
        columns.add(MEMBER.UPDATED_AT);
        String sql = "INSERT INTO " + MEMBER.getName() + " ("
                + columns.stream().map(Field::getName).collect(java.util.stream.Collectors.joining(", "))
                + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return ctx.connectionResult(connection -> {
            List<Long> ids = new java.util.ArrayList<>(drafts.size());
            try (java.sql.PreparedStatement ps = connection.prepareStatement(sql, new String[] {MEMBER.ID.getName()})) {
                for (int i = 0; i < drafts.size(); i++) {
                    Map<Field<?>, Object> v = values(drafts.get(i), subBranchIds.get(i));
                    int p = 1;
                    for (Map.Entry<Field<?>, Object> value : v.entrySet()) {
                        ps.setObject(p++, stored(value.getKey(), value.getValue()));
                    }
                    ps.setObject(p++, stored(MEMBER.STATUS, statuses.get(i)));
                    ps.setObject(p++, now);
                    ps.setObject(p, now);
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0 || i == drafts.size() - 1) {
                        ps.executeBatch();
                        try (java.sql.ResultSet keys = ps.getGeneratedKeys()) {
                            while (keys.next()) {
                                ids.add(keys.getLong(1));
                            }
                        }
                    }
                }
            }
            if (ids.size() != drafts.size()) {
                throw new IllegalStateException("expected " + drafts.size() + " generated ids, got " + ids.size());
            }
            return ids;
        });
    }

    static final int BATCH = 1000;

    /** Replaces a member's record (not its events); returns false when no such member exists. */
    public boolean update(DSLContext ctx, long id, MemberDraft draft, Long subBranchId, LocalDateTime now) {
        Map<Field<?>, Object> values = values(draft, subBranchId);
        values.put(MEMBER.UPDATED_AT, now);
        return ctx.update(MEMBER).set(values).where(MEMBER.ID.eq(id)).execute() == 1;
    }

    /** Replaces many members' records (not their events) with one JDBC batch; returns how many rows changed. */
    public int updateAll(DSLContext ctx, List<Long> ids, List<MemberDraft> drafts, List<Long> subBranchIds, LocalDateTime now) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<org.jooq.Query> queries = new java.util.ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Map<Field<?>, Object> values = values(drafts.get(i), subBranchIds.get(i));
            values.put(MEMBER.UPDATED_AT, now);
            queries.add(ctx.update(MEMBER).set(values).where(MEMBER.ID.eq(ids.get(i))));
        }
        int changed = 0;
        for (int n : ctx.batch(queries).execute()) {
            changed += n;
        }
        return changed;
    }

    /** Stores the derived status (and the official date when the lifecycle sets one). */
    public void updateStatus(DSLContext ctx, long id, MemberStatus status, java.time.LocalDate officialDate, LocalDateTime now) {
        var update = ctx.update(MEMBER).set(MEMBER.STATUS, status).set(MEMBER.UPDATED_AT, now);
        if (officialDate != null) {
            update = update.set(MEMBER.OFFICIAL_DATE, officialDate);
        }
        update.where(MEMBER.ID.eq(id)).execute();
    }

    /** Clears the official date (the recognition it came from was deleted as a mistake). */
    public void clearOfficialDate(DSLContext ctx, long id, LocalDateTime now) {
        ctx.update(MEMBER).setNull(MEMBER.OFFICIAL_DATE).set(MEMBER.UPDATED_AT, now).where(MEMBER.ID.eq(id)).execute();
    }

    /** Deletes a member; its events and work-list lines go with it (ON DELETE CASCADE). */
    public boolean delete(DSLContext ctx, long id) {
        return ctx.deleteFrom(MEMBER).where(MEMBER.ID.eq(id)).execute() == 1;
    }

    /** On how many meetings' attendance lists the member stands (such a member is never deleted). */
    public int meetingsAttended(DSLContext ctx, long id) {
        return ctx.fetchCount(vn.sochibo.storage.jooq.Tables.MEETING_ATTENDANCE,
                vn.sochibo.storage.jooq.Tables.MEETING_ATTENDANCE.MEMBER_ID.eq(id));
    }

    /** In how many evaluation years the member has an entry (such a member is never deleted either). */
    public int evaluationsRecorded(DSLContext ctx, long id) {
        return ctx.fetchCount(vn.sochibo.storage.jooq.Tables.EVALUATION_ENTRY,
                vn.sochibo.storage.jooq.Tables.EVALUATION_ENTRY.MEMBER_ID.eq(id));
    }

    /** How many months of dues the member has paid in the book (money received is never deleted with a member). */
    public int duesPayments(DSLContext ctx, long id) {
        return ctx.fetchCount(vn.sochibo.storage.jooq.Tables.DUES_ENTRY,
                vn.sochibo.storage.jooq.Tables.DUES_ENTRY.MEMBER_ID.eq(id).and(vn.sochibo.storage.jooq.Tables.DUES_ENTRY.AMOUNT.gt(0L)));
    }

    /** A value as the column stores it (an enum as its name), for the plain JDBC batch: the field's own converter. */
    @SuppressWarnings("unchecked")
    private static Object stored(Field<?> field, Object value) {
        return ((org.jooq.Converter<Object, Object>) field.getConverter()).to(value);
    }

    /** The member with this id, if it exists. */
    public Optional<Member> find(DSLContext ctx, long id) {
        return ctx.select(MEMBER.asterisk(), SUB_BRANCH.NAME).from(MEMBER)
                .leftJoin(SUB_BRANCH).on(SUB_BRANCH.ID.eq(MEMBER.SUB_BRANCH_ID))
                .where(MEMBER.ID.eq(id)).fetchOptional(MemberRepository::toMember);
    }

    /** Every member as a list row, in id order (the caller sorts the Vietnamese way). */
    public List<MemberSummary> summaries(DSLContext ctx) {
        return summaries(ctx, org.jooq.impl.DSL.noCondition());
    }

    /** The members holding this card number or this personal ID (either may be null), as list rows. */
    public List<MemberSummary> holders(DSLContext ctx, String cardNumber, String personalId) {
        org.jooq.Condition c = org.jooq.impl.DSL.falseCondition();
        if (cardNumber != null) {
            c = c.or(MEMBER.PARTY_CARD_NUMBER.eq(cardNumber));
        }
        if (personalId != null) {
            c = c.or(MEMBER.PERSONAL_ID.eq(personalId));
        }
        return summaries(ctx, c);
    }

    private List<MemberSummary> summaries(DSLContext ctx, org.jooq.Condition where) {
        return ctx.select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.GENDER, MEMBER.BIRTH_DATE, MEMBER.BIRTH_YEAR,
                        MEMBER.HOME_TOWN, MEMBER.ADMISSION_DECISION_DATE, MEMBER.JOINED_DATE, MEMBER.OFFICIAL_DATE,
                        MEMBER.PARTY_CARD_NUMBER, MEMBER.PERSONAL_ID, MEMBER.PHONE, MEMBER.STATUS, SUB_BRANCH.NAME,
                        MEMBER.PROFESSIONAL_LEVEL, MEMBER.POLITICAL_THEORY, MEMBER.SEARCH_KEY)
                .from(MEMBER).leftJoin(SUB_BRANCH).on(SUB_BRANCH.ID.eq(MEMBER.SUB_BRANCH_ID))
                .where(where).orderBy(MEMBER.ID)
                .fetch(r -> new MemberSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15(),
                        r.value16(), r.value17()));
    }

    /** Every member's full record, in id order (the command line's {@code members list --json}, exports). */
    public List<Member> all(DSLContext ctx) {
        return ctx.select(MEMBER.asterisk(), SUB_BRANCH.NAME).from(MEMBER)
                .leftJoin(SUB_BRANCH).on(SUB_BRANCH.ID.eq(MEMBER.SUB_BRANCH_ID))
                .orderBy(MEMBER.ID).fetch(MemberRepository::toMember);
    }

    /** Ids of members whose card number equals {@code cardNumber}. */
    public List<Long> idsByCardNumber(DSLContext ctx, String cardNumber) {
        return ctx.select(MEMBER.ID).from(MEMBER).where(MEMBER.PARTY_CARD_NUMBER.eq(cardNumber)).fetch(r -> r.value1());
    }

    /** How many members are stored. */
    public int count(DSLContext ctx) {
        return ctx.fetchCount(MEMBER);
    }

    /** The folded text a search matches against: name, other names, card, ID and phone numbers. */
    public static String searchKey(MemberDraft draft) {
        StringBuilder key = new StringBuilder(Text.fold(draft.fullName()));
        for (String extra : new String[] {draft.otherNames(), draft.partyCardNumber(), draft.personalId(), draft.phone()}) {
            if (extra != null) {
                key.append(' ').append(Text.fold(extra));
            }
        }
        return key.toString();
    }

    private static Map<Field<?>, Object> values(MemberDraft d, Long subBranchId) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(MEMBER.FULL_NAME, d.fullName());
        v.put(MEMBER.SEARCH_KEY, searchKey(d));
        v.put(MEMBER.OTHER_NAMES, d.otherNames());
        v.put(MEMBER.GENDER, d.gender());
        v.put(MEMBER.BIRTH_DATE, d.birthDate());
        v.put(MEMBER.BIRTH_YEAR, d.birthYear());
        v.put(MEMBER.BIRTH_PLACE, d.birthPlace());
        v.put(MEMBER.HOME_TOWN, d.homeTown());
        v.put(MEMBER.RESIDENCE, d.residence());
        v.put(MEMBER.ETHNICITY, d.ethnicity());
        v.put(MEMBER.RELIGION, d.religion());
        v.put(MEMBER.PERSONAL_ID, d.personalId());
        v.put(MEMBER.PARTY_CARD_NUMBER, d.partyCardNumber());
        v.put(MEMBER.RECORD_NUMBER, d.recordNumber());
        v.put(MEMBER.GENERAL_EDUCATION, d.generalEducation());
        v.put(MEMBER.PROFESSIONAL_LEVEL, d.professionalLevel());
        v.put(MEMBER.POLITICAL_THEORY, d.politicalTheory());
        v.put(MEMBER.OCCUPATION, d.occupation());
        v.put(MEMBER.JOB_POSITION, d.jobPosition());
        v.put(MEMBER.PARTY_POSTS, d.partyPosts());
        v.put(MEMBER.YOUTH_UNION_DATE, d.youthUnionDate());
        v.put(MEMBER.ADMISSION_DECISION_DATE, d.admissionDecisionDate());
        v.put(MEMBER.JOINED_DATE, d.joinedDate());
        v.put(MEMBER.OFFICIAL_DATE, d.officialDate());
        v.put(MEMBER.SUB_BRANCH_ID, subBranchId);
        v.put(MEMBER.PHONE, d.phone());
        v.put(MEMBER.NOTES, d.notes());
        v.put(MEMBER.RESIDENCE_BRANCH, d.residenceBranch());
        v.put(MEMBER.BADGE_NUMBER, d.badgeNumber());
        v.put(MEMBER.PERMANENT_ADDRESS, d.permanentAddress());
        v.put(MEMBER.FOREIGN_LANGUAGE, d.foreignLanguage());
        v.put(MEMBER.OCCUPATION_BEFORE, d.occupationBefore());
        v.put(MEMBER.SERVICE_BACKGROUND, d.serviceBackground());
        return v;
    }

    private static Member toMember(Record r) {
        MemberDraft draft = new MemberDraft(r.get(MEMBER.FULL_NAME), r.get(MEMBER.OTHER_NAMES),
                r.get(MEMBER.GENDER), r.get(MEMBER.BIRTH_DATE), r.get(MEMBER.BIRTH_YEAR),
                r.get(MEMBER.BIRTH_PLACE), r.get(MEMBER.HOME_TOWN), r.get(MEMBER.RESIDENCE), r.get(MEMBER.ETHNICITY),
                r.get(MEMBER.RELIGION), r.get(MEMBER.PERSONAL_ID), r.get(MEMBER.PARTY_CARD_NUMBER),
                r.get(MEMBER.RECORD_NUMBER), r.get(MEMBER.GENERAL_EDUCATION), r.get(MEMBER.PROFESSIONAL_LEVEL),
                r.get(MEMBER.POLITICAL_THEORY), r.get(MEMBER.OCCUPATION),
                r.get(MEMBER.JOB_POSITION), r.get(MEMBER.PARTY_POSTS), r.get(MEMBER.YOUTH_UNION_DATE),
                r.get(MEMBER.ADMISSION_DECISION_DATE), r.get(MEMBER.JOINED_DATE), r.get(MEMBER.OFFICIAL_DATE),
                r.get(SUB_BRANCH.NAME), r.get(MEMBER.PHONE), r.get(MEMBER.NOTES), r.get(MEMBER.RESIDENCE_BRANCH),
                r.get(MEMBER.BADGE_NUMBER), r.get(MEMBER.PERMANENT_ADDRESS), r.get(MEMBER.FOREIGN_LANGUAGE),
                r.get(MEMBER.OCCUPATION_BEFORE), r.get(MEMBER.SERVICE_BACKGROUND));
        return new Member(r.get(MEMBER.ID), draft, r.get(MEMBER.STATUS));
    }
}
