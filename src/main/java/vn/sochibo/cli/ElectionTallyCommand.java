package vn.sochibo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import vn.sochibo.common.Messages;
import vn.sochibo.election.TallyText;
import vn.sochibo.election.engine.TallyResult;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sochibo election tally FILE.json [--json]}: counts one office's ballots and prints the result.
 *
 * <p>Input (UTF-8 JSON): {@code office} (committee, secretary, deputy, delegates), {@code seats},
 * {@code alternates}, {@code base} (officialMembers, temporarilyElsewhere, exemptAbsent, suspended,
 * absentExcused), {@code candidates} ({@code name}, {@code partyYears}), {@code ballotsIssued} and
 * {@code ballots}, each one of {@code {"crossed": [names]}}, {@code {"marks": {name: agree|disagree|both|none}}}
 * or {@code {"invalid": reason}}. Optional extras: {@code keepLimit} (the most names a ballot may keep; default
 * seats + alternates), {@code ballotsCollected} (the board's count of the box, checked against the ballots entered)
 * and {@code base.prosecutedOrDetained}. Unknown fields are rejected so that a misspelt field is not
 * silently read as 0.
 *
 * <p>Prints exactly one JSON object (with {@code --json}) or a short Vietnamese summary to the command
 * line's standard output, and returns 0 whenever the file could be read, even when sums do not hold (they
 * are listed in {@code problems}). When the file cannot be read, is not JSON in the expected format, or
 * describes an impossible count (negative figures, a name listed twice, no place to fill), it prints a
 * Vietnamese message to standard error and returns {@link #EXIT_BAD_INPUT}. Every text comes from the message
 * bundle in the command line's language (Vietnamese), through the one tally renderer ({@link TallyText}) the
 * window uses too. Output goes through the picocli writers, which are UTF-8 under the {@code sochibo} launcher
 * ({@code -Dstdout.encoding=UTF-8}).
 */
@Command(name = "tally", mixinStandardHelpOptions = true)
public class ElectionTallyCommand implements Callable<Integer> {

    /** Exit code when the input cannot be read or used. */
    public static final int EXIT_BAD_INPUT = 2;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Parameters(index = "0", paramLabel = "FILE.json", descriptionKey = "cli.election-tally.file-json")
    private Path file;

    @Option(names = "--json", descriptionKey = "cli.election-tally.json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    /** For picocli and the main command line. */
    public ElectionTallyCommand() {
    }

    /**
     * Runs the command with the arguments picocli set.
     *
     * @return 0 when the file was read, {@link #EXIT_BAD_INPUT} otherwise
     */
    @Override
    public Integer call() {
        PrintWriter out = spec != null ? spec.commandLine().getOut() : utf8Writer(System.out);
        PrintWriter err = spec != null ? spec.commandLine().getErr() : utf8Writer(System.err);
        return run(file, json, out, err);
    }

    /**
     * Counts a file and prints the result.
     *
     * @param input  the tally file
     * @param asJson JSON output instead of the Vietnamese summary
     * @param out    where the result goes; flushed
     * @param err    where an input error goes; flushed
     * @return 0 when the file was read, {@link #EXIT_BAD_INPUT} otherwise
     */
    public static int run(Path input, boolean asJson, PrintWriter out, PrintWriter err) {
        return run(input, asJson, out, err, Messages.forLanguage("vi"));
    }

    /**
     * Counts a file and prints the result in the language of {@code messages}.
     *
     * @param input    the tally file
     * @param asJson   JSON output instead of the summary
     * @param out      where the result goes; flushed
     * @param err      where an input error goes; flushed
     * @param messages the language of the summary, the problems and the errors
     * @return 0 when the file was read, {@link #EXIT_BAD_INPUT} otherwise
     */
    public static int run(Path input, boolean asJson, PrintWriter out, PrintWriter err, Messages messages) {
        try {
            TallyResult result = tally(input, messages);
            TallyText text = new TallyText(messages);
            out.println(asJson ? toJson(result, text) : toSummary(result, text));
            return 0;
        } catch (ElectionTallyInputException e) {
            err.println(e.getMessage());
            return EXIT_BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Reads and counts a tally file and gives the result as JSON, as {@code --json} prints it.
     *
     * @param input the file, UTF-8 JSON in the format of {@code sochibo election tally}
     * @return one JSON object on one line
     * @throws ElectionTallyInputException with a Vietnamese message when the file cannot be read or used
     */
    public static String tallyJson(Path input) throws ElectionTallyInputException {
        Messages vi = Messages.forLanguage("vi");
        return toJson(tally(input, vi), new TallyText(vi));
    }

    /**
     * Reads and counts a tally file.
     *
     * @param input    the file, UTF-8 JSON in the format of {@code sochibo election tally}
     * @param messages the language of the error messages
     * @return the result
     * @throws ElectionTallyInputException with a message when the file cannot be read or used
     */
    public static TallyResult tally(Path input, Messages messages) throws ElectionTallyInputException {
        try (InputStream stream = Files.newInputStream(input)) {
            return tally(stream, input.toString(), messages);
        } catch (NoSuchFileException e) {
            throw new ElectionTallyInputException(messages.get("cli.tally.fileNotFound", input.toString()), e);
        } catch (IOException e) {
            throw new ElectionTallyInputException(messages.get("cli.tally.fileUnreadable", input.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Reads and counts tally JSON from a stream.
     *
     * @param stream   UTF-8 JSON; not closed
     * @param source   the name used in messages, e.g. the file name
     * @param messages the language of the error messages
     * @return the result
     * @throws ElectionTallyInputException with a message when the JSON cannot be read or used
     * @throws IOException                 if the stream fails
     */
    public static TallyResult tally(InputStream stream, String source, Messages messages)
            throws ElectionTallyInputException, IOException {
        ElectionTallyJson.Input input;
        try (JsonParser parser = MAPPER.createParser(stream)) {
            input = MAPPER.readValue(parser, ElectionTallyJson.Input.class);
        } catch (UnrecognizedPropertyException e) {
            throw unusable(messages, source, messages.get("cli.tally.unknownField", path(e)), e);
        } catch (JsonMappingException e) {
            if (path(e).isEmpty() || endOfInput(e)) {
                throw syntaxError(messages, source, e);
            }
            throw unusable(messages, source, messages.get("cli.tally.wrongType", path(e)), e);
        } catch (JsonProcessingException e) {
            throw syntaxError(messages, source, e);
        }
        if (input == null) {
            throw unusable(messages, source, messages.get("cli.tally.fieldMissing", "office"), null);
        }
        try {
            return new ElectionTallyJson(messages).tally(input);
        } catch (ElectionTallyInputException e) {
            throw unusable(messages, source, e.getMessage(), e);
        }
    }

    private static ElectionTallyInputException unusable(Messages messages, String source, String detail,
            Exception cause) {
        return new ElectionTallyInputException(messages.get("cli.tally.inputUnusable", source, detail), cause);
    }

    /**
     * The JSON form of a result: one object on one line, with {@code alternatesUnfilled} and
     * {@code invalidReasons} after the first twelve fields; problems and reasons in the renderer's language.
     *
     * @param result the result
     * @param text   the renderer of problems and reasons
     * @return the JSON text, without a line break
     */
    public static String toJson(TallyResult result, TallyText text) {
        try {
            return MAPPER.writeValueAsString(ElectionTallyJson.output(result, text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a tally result", e);
        }
    }

    /**
     * A short summary of a result for the terminal, from the one tally renderer.
     *
     * @param result the result
     * @param text   the renderer
     * @return lines separated by {@code \n}
     */
    public static String toSummary(TallyResult result, TallyText text) {
        return String.join("\n", text.summary(result));
    }

    private static ElectionTallyInputException syntaxError(Messages messages, String source,
            JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        long line = where == null ? 0 : where.getLineNr();
        long column = where == null ? 0 : where.getColumnNr();
        return new ElectionTallyInputException(messages.get(endOfInput(e) ? "cli.tally.jsonTruncated"
                : "cli.tally.jsonSyntax", source, line, column), e);
    }

    /** True when the file stops in the middle of the JSON (cut short), whatever Jackson was reading then. */
    private static boolean endOfInput(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getCharOffset() <= 0 && e.getLocation().getByteOffset() <= 0) {
            return false; // an empty file is not JSON at all, not a cut one
        }
        return e instanceof com.fasterxml.jackson.core.io.JsonEOFException
                || e.getCause() instanceof com.fasterxml.jackson.core.io.JsonEOFException
                || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
    }

    /** Where in the JSON a mapping problem is: "candidates[2].votes" (also used by the other JSON commands). */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static PrintWriter utf8Writer(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
