package io.herdbook.sandbox;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every file of a capture folder into a {@link CaptureLibrary}. The files are read where they
 * are and never copied: they are other people's captures (DESIGN "Captured pages").
 */
final class CaptureIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureIndexer.class);

    private final PlatformParser parser;

    CaptureIndexer(PlatformParser parser) {
        this.parser = parser;
    }

    /** The library of {@code dir}, or empty when the folder is missing or holds no capture files. */
    Optional<CaptureLibrary> index(Path dir) {
        List<Path> files = captureFiles(dir);
        if (files.isEmpty()) {
            LOG.info("No captures in {}; serving generated pages", dir);
            return Optional.empty();
        }
        LibraryBuilder builder = new LibraryBuilder();
        for (Path file : files) {
            read(file, builder);
        }
        return Optional.of(builder.build(dir));
    }

    private static List<Path> captureFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            // Markdown files are the folder's own notes (SOURCES.md), not captures.
            return entries.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private void read(Path file, LibraryBuilder builder) {
        String name = file.getFileName().toString();
        byte[] bytes = readBytes(file);
        if (name.startsWith("blocked-")) {
            builder.blocked(BlockedCapture.fromCurl(BlockedCapture.nameOf(name), bytes));
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        ParsedPage page;
        try {
            page = parser.parseCapture(text);
        } catch (RuntimeException e) {
            // One unreadable capture must not take the demo down; it is left out and said so.
            LOG.warn("Skipping {}: the parser failed on it", name, e);
            return;
        }
        builder.add(name, page, looksLikePage(text) ? bytes : null, text, commentBody(page, text));
    }

    /** A saved page starts with markup (the SIGI capture with an HTML comment); API bodies with JSON. */
    private static boolean looksLikePage(String text) {
        return text.stripLeading().startsWith("<");
    }

    /** The platform's own comment-list JSON: a proxy envelope ({@code {"code":200,…,"data":{…}}}) is removed. */
    private static String commentBody(ParsedPage page, String text) {
        if (!(page instanceof ParsedPage.CommentListPage)) {
            return null;
        }
        JsonNode root = Json.MAPPER.readTree(text);
        JsonNode data = root.path("data");
        return data.has("comments") ? Json.write(data) : text;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
