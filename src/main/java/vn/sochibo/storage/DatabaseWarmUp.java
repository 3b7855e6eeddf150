package vn.sochibo.storage;

import static vn.sochibo.storage.jooq.Tables.MEMBER;
import static vn.sochibo.storage.jooq.Tables.SUB_BRANCH;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Pays the database libraries' first-use cost before the branch database is opened: H2's engine starts on a
 * throwaway in-memory database, and jOOQ builds its configuration, renders and runs a query like the member
 * list's and maps its result. The app runs this on a background thread while the window toolkit starts, so that
 * opening the real database afterwards is quicker. Touches no file; any failure is ignored (only speed is at stake).
 */
public final class DatabaseWarmUp {

    private DatabaseWarmUp() {
    }

    public static void run() {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
            // the same settings as Database
            DSLContext dsl = DSL.using(c, SQLDialect.H2, new Settings().withExecuteLogging(false).withRenderSchema(false));
            for (Query create : dsl.ddl(SUB_BRANCH, MEMBER).queries()) {
                create.execute();
            }
            LocalDateTime now = LocalDateTime.now();
            dsl.insertInto(MEMBER).set(MEMBER.FULL_NAME, "Nguyễn Văn An").set(MEMBER.SEARCH_KEY, "nguyen van an")
                    .set(MEMBER.GENDER.coerce(String.class), "NAM").set(MEMBER.STATUS.coerce(String.class), "OFFICIAL").set(MEMBER.CREATED_AT, now)
                    .set(MEMBER.UPDATED_AT, now).execute();
            dsl.transactionResult(configuration -> configuration.dsl()
                    .select(MEMBER.ID, MEMBER.FULL_NAME, MEMBER.GENDER, MEMBER.BIRTH_DATE, MEMBER.JOINED_DATE, MEMBER.STATUS,
                            SUB_BRANCH.NAME)
                    .from(MEMBER).leftJoin(SUB_BRANCH).on(SUB_BRANCH.ID.eq(MEMBER.SUB_BRANCH_ID))
                    .where(MEMBER.STATUS.coerce(String.class).in("OFFICIAL", "PROBATIONARY")).orderBy(MEMBER.ID)
                    .fetch(r -> r.value2() + r.value6()));
        } catch (SQLException | RuntimeException e) {
            // only a warm-up
        }
    }
}
