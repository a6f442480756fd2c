package io.herdbook.api.rest;

import java.util.Map;

/** A direct download whose range holds more than {@code herdbook.exports.direct-max-lines} lines. */
final class TooLargeForDirectExportException extends RuntimeException {

    private final long directMaxLines;
    private final String asyncHref;
    private final transient Map<String, Object> asyncBody;

    TooLargeForDirectExportException(long projectId, ExportRequest request, long directMaxLines) {
        super("this range holds more than " + directMaxLines + " lines, more than a direct download streams; queue the export "
                + "with POST /api/v1/projects/" + projectId + "/exports and download its file when it has succeeded");
        this.directMaxLines = directMaxLines;
        this.asyncHref = "/api/v1/projects/" + projectId + "/exports";
        this.asyncBody = Map.of("kind", request.kind().name(), "from", request.from().toString(), "to", request.to().toString(),
                "bom", request.bom());
    }

    long directMaxLines() {
        return directMaxLines;
    }

    String asyncHref() {
        return asyncHref;
    }

    Map<String, Object> asyncBody() {
        return asyncBody;
    }
}
