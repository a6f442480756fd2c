package io.herdbook.api.rest;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * The receipt formats accepted, each known by its first bytes: a receipt is stored only when its bytes are what
 * its Content-Type says, so nothing else is ever served back under a trusted type.
 */
enum ReceiptType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    final MediaType mediaType;
    final String extension;
    private final byte[] magic;

    ReceiptType(String mediaType, String extension, byte[] magic) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
        this.magic = magic;
    }

    /** The format these bytes are in, if one of the accepted. */
    static Optional<ReceiptType> of(byte[] bytes) {
        return Arrays.stream(values()).filter(type -> bytes.length >= type.magic.length
                && Arrays.equals(bytes, 0, type.magic.length, type.magic, 0, type.magic.length)).findFirst();
    }

    /** The format named by a declared content type (parameters ignored), if one of the accepted. */
    static Optional<ReceiptType> named(String contentType) {
        try {
            MediaType declared = MediaType.parseMediaType(contentType);
            return Arrays.stream(values()).filter(type -> type.mediaType.equalsTypeAndSubtype(declared)).findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
