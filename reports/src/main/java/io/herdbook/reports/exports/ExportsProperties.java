package io.herdbook.reports.exports;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the payout exports ({@code herdbook.exports.*}). Invalid values fail at start-up.
 *
 * @param dir            where queued exports write their files; on a cluster, a folder every api and worker node shares
 * @param directMaxLines the most lines a direct download streams; a larger range is refused with a pointer to the queued export
 */
@ConfigurationProperties("herdbook.exports")
public record ExportsProperties(@DefaultValue(".herdbook/exports") Path dir, @DefaultValue("100000") long directMaxLines) {

    public ExportsProperties {
        if (directMaxLines < 0) {
            throw new IllegalArgumentException("herdbook.exports.direct-max-lines must be 0 or more, was " + directMaxLines);
        }
    }
}
