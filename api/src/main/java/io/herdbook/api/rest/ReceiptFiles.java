package io.herdbook.api.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Receipt files under {@code herdbook.receipts.dir}/{organisation}/, each under a generated name (a UUID and the
 * format's extension): a client's file name never becomes part of a path. Written to a temporary file and moved
 * into place, so a reader never sees half a receipt.
 */
@Component
class ReceiptFiles {

    private static final Logger log = LoggerFactory.getLogger(ReceiptFiles.class);
    /** The only names this class ever gives out; anything else read from the database is refused before it is a path. */
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(pdf|png|jpg)");

    private final Path root;

    ReceiptFiles(ReceiptProperties properties) {
        this.root = properties.dir().toAbsolutePath().normalize();
    }

    /** Stores the bytes. @return the generated file name */
    String store(long organisation, byte[] bytes, ReceiptType type) {
        String name = UUID.randomUUID() + "." + type.extension;
        try {
            Path folder = Files.createDirectories(root.resolve(Long.toString(organisation)));
            Path partial = Files.createTempFile(folder, "upload-", ".part");
            Files.write(partial, bytes);
            Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a receipt under " + root, e);
        }
    }

    Path path(long organisation, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("not a receipt name this store gave out: " + name);
        }
        return root.resolve(Long.toString(organisation)).resolve(name);
    }

    /** Removes a replaced receipt; a failure is logged, since the payment no longer names the file. */
    void delete(long organisation, String name) {
        try {
            Files.deleteIfExists(path(organisation, name));
        } catch (IOException | RuntimeException e) {
            log.warn("could not delete the replaced receipt {} of organisation {}: {}", name, organisation, e.toString());
        }
    }
}
