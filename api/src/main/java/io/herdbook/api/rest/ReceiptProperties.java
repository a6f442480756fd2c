package io.herdbook.api.rest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where payment receipts are stored.
 *
 * @param dir the folder receipts are kept in, one subfolder per organisation, each file under a generated name
 */
@ConfigurationProperties("herdbook.receipts")
public record ReceiptProperties(@DefaultValue(".herdbook/receipts") Path dir) {
}
