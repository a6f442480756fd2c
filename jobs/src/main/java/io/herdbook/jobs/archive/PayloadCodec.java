package io.herdbook.jobs.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A payload's text ⇄ the bytes stored in {@code raw_payloads.body}: UTF-8, gzip. Gzip because every JDK and
 * PostgreSQL tool reads it and a page's script shrinks to about a tenth (its translations and ids repeat).
 */
final class PayloadCodec {

    /** The value of {@code raw_payloads.encoding} for what {@link #compress} writes. */
    static final String GZIP = "gzip";

    private PayloadCodec() {
    }

    /** @param utf8 the payload's text as UTF-8 */
    static byte[] compress(byte[] utf8) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, utf8.length / 8));
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 8192)) {
            gzip.write(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the stream is in memory
        }
        return bytes.toByteArray();
    }

    static String decompress(byte[] stored) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored), 8192)) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored payload is not gzip", e);
        }
    }
}
