package vn.sochibo.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.sochibo.TestClocks;
import vn.sochibo.app.AppContext;
import vn.sochibo.common.Messages;
import vn.sochibo.core.Services;
import vn.sochibo.member.MemberListView;
import vn.sochibo.member.MemberRow;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.ui.FxDialogs;
import vn.sochibo.ui.FxUiExecutor;
import vn.sochibo.ui.Styles;
import vn.sochibo.ui.TextSize;
import vn.sochibo.ui.Views;

/**
 * Benchmark, not a test: ./mvnw -Pbench verify (or -Pbench test -Dtest=MemberListBenchmarkTest).
 * 100,000 generated members in an H2 file; the real member list screen in a Monocle window.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class MemberListBenchmarkTest {

    private static final int MEMBERS = Integer.getInteger("bench.members", 100_000);

    @TempDir
    static Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void memberListWith100kMembers(FxRobot robot) throws Exception {
        Clock clock = TestClocks.FIXED;
        long t0 = System.nanoTime();
        try (Services services = Services.open(DataLocation.at(dataDir), clock)) {
            List<vn.sochibo.member.MemberService.NewMember> generated = MemberGenerator.members(MEMBERS, 42);
            long t1 = System.nanoTime();
            services.members().createAllWithHistory(generated);
            long t2 = System.nanoTime();
            System.out.printf("BENCH insert %,d members with history (one transaction): %d ms (generate %d ms)%n",
                    MEMBERS, ms(t2 - t1), ms(t1 - t0));

            FxUiExecutor executor = new FxUiExecutor();
            Messages messages = Messages.forLanguage("vi");
            AppContext context = new AppContext(services, messages, executor, vn.sochibo.app.TestApp.shell(stage, messages, new vn.sochibo.ui.TestFileDialogs()));
            Views.Loaded<MemberListView>[] loaded = new Views.Loaded[1];
            robot.interact(() -> {
                loaded[0] = context.views().load(MemberListView.class);
                stage.setScene(new Scene(loaded[0].root(), 1280, 760));
                Styles.apply(stage.getScene(), TextSize.NORMAL);
                stage.show();
            });
            var vm = loaded[0].view().viewModel();
            @SuppressWarnings("unchecked")
            TableView<MemberRow> table = robot.lookup("#memberTable").queryAs(TableView.class);

            List<Long> open = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                robot.interact(vm::refresh);
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> executor.runningCount() == 0 && !table.getItems().isEmpty());
                robot.interact(() -> layout(table));
                open.add(System.nanoTime() - start);
            }
            System.out.printf("BENCH open the list (DB read, collation keys, sort, reminders, table shown): first %d ms, median of next 4 %d ms%n",
                    ms(open.get(0)), median(open.subList(1, open.size())));

            System.out.printf("BENCH reminders for %,d members: %,d%n", MEMBERS, vm.reminders().size());
            String[] keystrokes = {"n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguyen ", "nguyen t", "nguyen th",
                    "nguyen thi", "nguyen thi t", "nguyen thi th", "nguyen thi thu", "nguyen thi thuy", "0912", "tran van hung"};
            List<Long> search = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : keystrokes) {
                    long[] took = new long[1];
                    robot.interact(() -> {
                        long start = System.nanoTime();
                        vm.searchTextProperty().set(text);
                        long mid = System.nanoTime();
                        layout(table);
                        took[0] = System.nanoTime() - start;
                        if (System.getProperty("bench.split") != null) {
                            System.out.printf("  split %-16s set+filter %5.1f ms, layout %5.1f ms, rows %d%n", text, (mid - start) / 1e6, (System.nanoTime() - mid) / 1e6, table.getItems().size());
                        }
                    });
                    search.add(took[0]);
                }
                robot.interact(() -> vm.searchTextProperty().set(""));
            }
            Collections.sort(search);
            System.out.printf("BENCH search keystroke -> table updated and laid out (%d keystrokes over %,d members): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    search.size(), MEMBERS, search.get(search.size() / 2) / 1e6, search.get(search.size() * 95 / 100) / 1e6,
                    search.get(search.size() - 1) / 1e6);

            robot.interact(() -> vm.searchTextProperty().set(""));
            @SuppressWarnings("unchecked")
            TableColumn<MemberRow, ?> name = (TableColumn<MemberRow, ?>) table.getColumns().get(1);
            List<Long> sorts = new ArrayList<>();
            for (int run = 0; run < 6; run++) {
                long[] took = new long[1];
                boolean ascending = run % 2 == 0;
                robot.interact(() -> {
                    long start = System.nanoTime();
                    name.setSortType(ascending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                    table.getSortOrder().setAll(List.of(name));
                    layout(table);
                    took[0] = System.nanoTime() - start;
                });
                sorts.add(took[0]);
            }
            System.out.printf("BENCH sort %,d rows by name (Vietnamese collation keys), click -> laid out: median %d ms, max %d ms%n",
                    table.getItems().size(), median(sorts), ms(Collections.max(sorts)));
            executor.close();
        }
    }

    private static void layout(TableView<?> table) {
        table.getScene().getRoot().applyCss();
        table.getScene().getRoot().layout();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return ms(sorted.get(sorted.size() / 2));
    }
}
