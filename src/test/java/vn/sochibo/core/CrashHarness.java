package vn.sochibo.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import vn.sochibo.TestClocks;
import vn.sochibo.election.service.CongressFixture;
import vn.sochibo.election.engine.Office;
import vn.sochibo.storage.Backups;
import vn.sochibo.storage.DataLocation;
import vn.sochibo.storage.Database;

/**
 * Kills a {@link CrashWorker} child process (SIGKILL, {@code destroyForcibly}) at random moments, many times over
 * one data folder, and after each kill reopens the register with the real {@link Database#open} and checks it
 * against what the child acknowledged: every acknowledged action is there exactly; the action in flight is
 * either wholly there or wholly absent (an import all K rows or none, a ballot's new text or its old one, a
 * new member with all its history events or not at all); nothing else changed. Seeded; the seed is in every
 * problem it reports.
 */
public final class CrashHarness {

    /** JVM options for the children: start fast (C1 only, class-data sharing), small heap. */
    static final List<String> CHILD_OPTIONS = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xmx256m", "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-Xlog:disable", "-Xlog:all=error:stderr");

    /** The run number of the warm-up child (card numbers carry the run number in four digits). */
    static final int WARM_UP_RUN = 9999;

    /** What a series of kills showed. */
    public record Figures(long seed, int runs, int killedBeforeReady, int acknowledged, int inFlightApplied,
            int inFlightAbsent, int lost, int torn, int members, int ballots, List<String> problems, long millis,
            boolean archive, long readyMillis, long checkMillis) {
        public String line() {
            return String.format("runs=%d lost=%d torn=%d acked=%d inflight-applied=%d inflight-absent=%d "
                    + "killed-before-ready=%d members=%d ballots=%d seed=%d time=%.1fs child-ready-avg=%dms "
                    + "check-avg=%dms class-archive=%s", runs, lost, torn, acknowledged, inFlightApplied, inFlightAbsent,
                    killedBeforeReady, members, ballots, seed, millis / 1000.0, readyMillis, checkMillis, archive);
        }
    }

    private final Path root;
    private final Path data;
    private final Path archive;
    private String classpath;
    private final long seed;
    private final Random random;
    private final Path log;
    private final List<String> problems = new ArrayList<>();
    private int killedBeforeReady;
    private int acknowledged;
    private int inFlightApplied;
    private int inFlightAbsent;
    private int lost;
    private int torn;
    private long readyNanos;
    private long checkNanos;

    /** The register as last verified: card → history events, member id → notes, "entry:sequence" → ballot. */
    private final Map<String, Integer> events = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<String, String> ballots = new HashMap<>();
    private int members;
    private int sampleMembers = -1;

    /**
     * The seed of a crash series: {@code -Dcrash.seed=…} to repeat one, else a new one from the clock. Printed at
     * once (before any kill, so even a series that hangs can be repeated).
     */
    public static long seed() {
        Long given = Long.getLong("crash.seed");
        long seed = given != null ? given : System.nanoTime();
        System.out.println("crash seed " + seed + (given != null ? " (given)" : "") + "; repeat with -Dcrash.seed=" + seed);
        return seed;
    }

    public CrashHarness(Path root, long seed) {
        this.root = root;
        this.data = root.resolve("data");
        this.archive = root.resolve("children.jsa");
        this.log = root.resolve("children.log");
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The sample branch and a congress with a committee round open for ballots, made in this process. */
    public void setUp() {
        try (Services services = Services.open(DataLocation.at(data), TestClocks.FIXED)) {
            long congress = CongressFixture.congress(services);
            long office = services.officeLists().addOffice(congress, Office.COMMITTEE, 5, 0, 25, 0);
            CongressFixture.candidates(services, congress, 6)
                    .forEach(c -> services.officeLists().nominate(office, c.id()));
            int holders = services.congresses().congressRoll(congress).ballotHolders().size();
            services.elections().openRound(office, holders, false);
        }
        try (Database database = Database.open(DataLocation.at(data))) {
            snapshot(database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a child {@code runs} times, killing each after a random delay of up to {@code maxDelayMillis} after it
     * said READY (one run in ten is killed at a random moment of its start-up instead), and checks the register
     * after each kill.
     */
    public Figures run(int runs, int maxDelayMillis) throws Exception {
        if (runs >= WARM_UP_RUN) {
            throw new IllegalArgumentException("at most " + (WARM_UP_RUN - 1) + " runs");
        }
        long start = System.nanoTime();
        warmUp();
        for (int run = 0; run < runs; run++) {
            List<String> lines = runChild(run, maxDelayMillis);
            long checkStart = System.nanoTime();
            try (Database database = Database.open(DataLocation.at(data))) {
                check(run, lines, database);
                snapshot(database);
                checkNanos += System.nanoTime() - checkStart;
            } catch (RuntimeException | SQLException e) {
                problems.add(where(run) + "the register did not open or read after the kill: " + e);
                torn++;
                break;
            }
        }
        int started = Math.max(1, runs - killedBeforeReady);
        return new Figures(seed, runs, killedBeforeReady, acknowledged, inFlightApplied, inFlightAbsent, lost, torn,
                members, ballots.size(), List.copyOf(problems), (System.nanoTime() - start) / 1_000_000,
                Files.isRegularFile(archive), readyNanos / started / 1_000_000, checkNanos / Math.max(1, runs) / 1_000_000);
    }

    private String where(int run) {
        return "seed " + seed + ", run " + run + ": ";
    }

    private List<String> command(int run, String... extra) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_OPTIONS);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of(extra));
        command.addAll(List.of("-cp", classpath, CrashWorker.class.getName(), data.toString(),
                Long.toString(random.nextLong()), Integer.toString(run)));
        return command;
    }

    /**
     * One child that does a few actions of every kind and exits cleanly, leaving a class-data archive of what it
     * loaded (H2, Flyway, jOOQ, fastexcel …) that halves the start-up of every later child. Its actions are
     * checked like any run's. Without the archive (a JDK that cannot write one) the children just start slower.
     */
    private void warmUp() throws IOException, InterruptedException, SQLException {
        classpath = CrashClasspath.asJars(System.getProperty("java.class.path"), root.resolve("jars"));
        List<String> command = command(WARM_UP_RUN, "-XX:ArchiveClassesAtExit=" + archive);
        command.add("12");
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            lines = in.lines().toList();
        }
        if (!child.waitFor(120, TimeUnit.SECONDS) || !lines.contains("DONE")) {
            throw new IllegalStateException("warm-up child failed (" + log + "): " + lines);
        }
        try (Database database = Database.open(DataLocation.at(data))) {
            check(WARM_UP_RUN, lines, database);
            snapshot(database);
        }
    }

    private List<String> runChild(int run, int maxDelayMillis) throws IOException, InterruptedException {
        List<String> command = command(run);
        boolean duringStart = random.nextInt(10) == 0;
        long delay = duringStart ? random.nextInt(1500) : 20 + random.nextInt(Math.max(1, maxDelayMillis - 20));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        List<String> lines = new ArrayList<>();
        Object ready = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (ready) {
                        lines.add(line);
                        ready.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the child is killed: everything written before is already read
            }
        }, "crash-child-reader");
        reader.start();
        if (!duringStart) {
            long started = System.nanoTime();
            long deadline = System.currentTimeMillis() + 60_000;
            synchronized (ready) {
                while (!lines.contains("READY") && child.isAlive() && System.currentTimeMillis() < deadline) {
                    ready.wait(5);
                }
            }
            readyNanos += System.nanoTime() - started;
        }
        // the kill moment: wait the random delay, or less if the child stops by itself (a failure of its own)
        boolean diedByItself = child.waitFor(delay, TimeUnit.MILLISECONDS);
        // SIGKILL through the process handle: Process.destroyForcibly also closes our end of the child's output,
        // which can drop the last lines not yet read (a BEGIN whose action did commit then looks like a stray write)
        child.toHandle().destroyForcibly();
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(where(run) + "the child did not die");
        }
        reader.join(10_000);
        synchronized (ready) {
            if (!lines.contains("READY")) {
                killedBeforeReady++;
            }
            if (diedByItself) {
                problems.add(where(run) + "the child stopped by itself (see " + log + "): " + lines);
                torn++;
            }
            return new ArrayList<>(lines);
        }
    }

    private void check(int run, List<String> lines, Database database) throws SQLException {
        Map<String, Integer> expectedEvents = new HashMap<>(events);
        Map<Long, String> expectedNotes = new HashMap<>(notes);
        Map<String, String> expectedBallots = new HashMap<>(ballots);
        Map<String, Integer> importRows = new HashMap<>();
        String[] pending = null;
        for (String line : lines) {
            if (line.startsWith("BEGIN ")) {
                pending = line.split(" ");
            } else if (line.startsWith("ACK ")) {
                acknowledged++;
                apply(Objects.requireNonNull(pending, line), expectedEvents, expectedNotes, expectedBallots, importRows);
                pending = null;
            }
        }
        Actual actual = read(database);
        if (pending != null) {
            String[] inFlight = pending;
            boolean applied = switch (inFlight[1]) {
                case "create" -> actual.events.containsKey(inFlight[2]);
                case "edit" -> Objects.equals(actual.notes.get(Long.parseLong(inFlight[2])), rest(inFlight, 3));
                case "ballot" -> Objects.equals(actual.ballots.get(inFlight[2] + ":" + inFlight[3]), rest(inFlight, 4));
                case "import" -> actual.events.keySet().stream().anyMatch(c -> c.startsWith(inFlight[2]));
                default -> throw new IllegalStateException(String.join(" ", inFlight));
            };
            if (applied) {
                inFlightApplied++;
                apply(inFlight, expectedEvents, expectedNotes, expectedBallots, importRows);
            } else {
                inFlightAbsent++;
            }
        }
        importRows.forEach((tag, rows) -> {
            List<String> imported = actual.events.keySet().stream().filter(c -> c.startsWith(tag)).toList();
            if (imported.isEmpty()) {
                problems.add(where(run) + "import " + tag + " of " + rows + " rows acknowledged but missing");
                lost++;
            } else if (imported.size() != rows) {
                problems.add(where(run) + "import " + tag + " has " + imported.size() + " of its " + rows + " rows");
                torn++;
            }
            imported.forEach(card -> expectedEvents.put(card, actual.events.get(card)));
        });
        compare(run, "member", expectedEvents, actual.events, true);
        compare(run, "notes of member", expectedNotes, actual.notes, false);
        compare(run, "ballot", expectedBallots, actual.ballots, true);
        if (actual.wrongHistory > 0) {
            problems.add(where(run) + actual.wrongHistory + " members whose history does not match their dates");
            torn++;
        }
        if (actual.sampleMembers != sampleMembers) {
            problems.add(where(run) + "the branch's own members went from " + sampleMembers + " to " + actual.sampleMembers);
            torn++;
        }
        Backups.fingerprint(database); // every row of every table reads back
    }

    private static String rest(String[] part, int from) {
        return String.join(" ", java.util.Arrays.copyOfRange(part, from, part.length));
    }

    private static void apply(String[] begin, Map<String, Integer> events, Map<Long, String> notes,
            Map<String, String> ballots, Map<String, Integer> importRows) {
        switch (begin[1]) {
            case "create" -> events.put(begin[2], Integer.parseInt(begin[3]));
            case "edit" -> notes.put(Long.parseLong(begin[2]), rest(begin, 3));
            case "ballot" -> ballots.put(begin[2] + ":" + begin[3], rest(begin, 4));
            case "import" -> importRows.put(begin[2], Integer.parseInt(begin[3]));
            default -> throw new IllegalStateException(String.join(" ", begin));
        }
    }

    /**
     * Every expected entry must be there with its value (missing or different: an acknowledged change lost);
     * with {@code exact}, nothing else may be there either (present but never acknowledged nor in flight).
     */
    private <K> void compare(int run, String what, Map<K, ?> expected, Map<K, ?> actual, boolean exact) {
        for (Map.Entry<K, ?> e : expected.entrySet()) {
            if (!actual.containsKey(e.getKey())) {
                problems.add(where(run) + what + " " + e.getKey() + " acknowledged but missing");
                lost++;
            } else if (!Objects.equals(actual.get(e.getKey()), e.getValue())) {
                problems.add(where(run) + what + " " + e.getKey() + " is " + actual.get(e.getKey()) + ", expected "
                        + e.getValue());
                if (what.equals("member")) {
                    torn++; // the member is there without all of its history
                } else {
                    lost++;
                }
            }
        }
        Set<K> extra = new HashSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        if (exact && !extra.isEmpty()) {
            problems.add(where(run) + what + " present but never acknowledged nor in flight: " + extra);
            torn++;
        }
    }

    private record Actual(Map<String, Integer> events, Map<Long, String> notes, Map<String, String> ballots,
            int members, int sampleMembers, int wrongHistory) {
    }

    private Actual read(Database database) throws SQLException {
        Map<String, Integer> events = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        Map<String, String> ballots = new HashMap<>();
        int members = 0;
        int sample = 0;
        int withoutHistory = 0;
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT m.id, m.party_card_number, m.notes, m.official_date, "
                    + "(SELECT COUNT(*) FROM member_event e WHERE e.member_id = m.id) FROM member m")) {
                while (rs.next()) {
                    members++;
                    String card = rs.getString(2);
                    notes.put(rs.getLong(1), rs.getString(3));
                    int history = rs.getInt(5);
                    if (card != null && card.length() == 12 && (card.startsWith("8") || card.startsWith("9"))) {
                        events.put(card, history);
                        if (history != (rs.getDate(4) == null ? 1 : 2)) {
                            withoutHistory++;
                        }
                    } else {
                        sample++;
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT entry_no, sequence_no, payload FROM election_ballot_entry")) {
                while (rs.next()) {
                    ballots.put(rs.getInt(1) + ":" + rs.getInt(2), rs.getString(3));
                }
            }
        }
        return new Actual(events, notes, ballots, members, sample, withoutHistory);
    }

    private void snapshot(Database database) throws SQLException {
        Actual actual = read(database);
        events.clear();
        events.putAll(actual.events);
        notes.clear();
        notes.putAll(actual.notes);
        ballots.clear();
        ballots.putAll(actual.ballots);
        members = actual.members;
        if (sampleMembers < 0) {
            sampleMembers = actual.sampleMembers;
        }
    }

    /** The children's standard error, for a failure message. */
    public String childLog() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
