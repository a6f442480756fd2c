package io.herdbook.api.cli;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code herdbook parse FILE}: prints the parsed result as JSON. Exits 0 when the file was understood
 * (data, or a recognised non-data outcome such as BLOCKED), 2 when it could not be read or parsed.
 */
final class ParseCommand {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PrintStream out;
    private final PrintStream err;

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            err.println("Usage: herdbook parse FILE");
            return Cli.USAGE;
        }
        Path file = Path.of(args.get(0));
        if (Files.isDirectory(file)) {
            err.println("herdbook parse: " + file + " is a folder; name a file");
            return 2;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            err.println("herdbook parse: " + file + " is not UTF-8 text (cut in the middle of a character, or another encoding)");
            return 2;
        } catch (IOException e) {
            err.println("herdbook parse: cannot read " + file + ": " + describe(e));
            return 2;
        }
        ParsedPage page = new PlatformParser().parseCapture(text);
        out.println(JSON.writeValueAsString(describe(page)));
        if (page.outcome() == Outcome.UNREADABLE) {
            err.println("herdbook parse: " + file + " is not a page or API body Herdbook can read: "
                    + ((ParsedPage.NoData) page).reason());
            return 2;
        }
        return 0;
    }

    /** The JSON shape printed: the result's kind, its outcome, then its fields. */
    private static Map<String, Object> describe(ParsedPage page) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("type", page.getClass().getSimpleName());
        shape.put("outcome", page.outcome());
        shape.put("result", page);
        return shape;
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
