package io.herdbook.bench.export;

import java.io.OutputStream;
import java.util.zip.CRC32;

/** Where both sides of P4 write: counts the bytes and checksums them, then drops them, so no disk takes part. */
final class CountingSink extends OutputStream {

    private final CRC32 crc = new CRC32();
    private long bytes;

    @Override
    public void write(int b) {
        crc.update(b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        crc.update(b, off, len);
        bytes += len;
    }

    long bytes() {
        return bytes;
    }

    /** What was written, as a fingerprint: both sides must write the same bytes. */
    String fingerprint() {
        return bytes + " bytes, crc " + Long.toHexString(crc.getValue());
    }
}
