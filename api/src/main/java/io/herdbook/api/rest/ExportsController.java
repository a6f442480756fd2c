package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.reports.exports.ExportFileName;
import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.exports.ExportProgress;
import io.herdbook.reports.exports.ExportProject;
import io.herdbook.reports.exports.ExportProjects;
import io.herdbook.reports.exports.ExportStatus;
import io.herdbook.reports.exports.ExportsProperties;
import io.herdbook.reports.exports.PayoutCsvExporter;
import io.herdbook.reports.exports.PayoutExport;
import io.herdbook.reports.exports.PayoutExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.UUID;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Payout CSV exports for finance: a project's accrual lines or payments over whole local days of the project's time
 * zone. Up to {@code herdbook.exports.direct-max-lines} lines stream straight into the response; larger ranges are
 * queued as a JobRunr job that writes a file, polled and downloaded here. Read scope; requesting
 * a queued export, write scope.
 */
@Tag(name = "exports", description = "Payout CSV exports (accruals, payments) for finance. Read scope to read, write scope to queue an export.")
@RestController
public class ExportsController {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String RANGE = "Whole local days in the project's time zone, both included (from local midnight of from to local "
            + "midnight after to), at most 366 days; YYYY-MM-DD.";
    private static final String DIRECT = "Read scope. Streams text/csv (UTF-8, CRLF, the header documented in "
            + "reports/exports/README.md). 413 problem when the range holds more than herdbook.exports.direct-max-lines lines: "
            + "its async member says how to queue the same export. 400 problem listing each bad field; 404 for an unknown project.";

    private final ExportProjects projects;
    private final PayoutCsvExporter exporter;
    private final PayoutExports exports;
    private final ExportsProperties properties;
    private final JobRequestScheduler queue;
    private final CallerOrganisation caller;
    private final Clock clock;

    ExportsController(ExportProjects projects, PayoutCsvExporter exporter, PayoutExports exports, ExportsProperties properties,
                      JobRequestScheduler queue, CallerOrganisation caller, Clock clock) {
        this.projects = projects;
        this.exporter = exporter;
        this.exports = exports;
        this.properties = properties;
        this.queue = queue;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(summary = "The project's accrual lines accrued in the range, as CSV, ordered by (accrued_at, line_id)", description = DIRECT,
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    @RequiresScope(Scope.READ)
    @GetMapping("/api/v1/projects/{id}/exports/accruals.csv")
    public void accruals(@PathVariable long id, @Parameter(description = RANGE) @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to,
                         @Parameter(description = "true: start with a UTF-8 BOM, for Excel") @RequestParam(required = false) String bom,
                         HttpServletResponse response) throws IOException {
        direct(id, ExportRequest.ofQuery(ExportKind.ACCRUALS, from, to, bom), response);
    }

    @Operation(summary = "The payments to the project's creators paid in the range, as CSV, ordered by (paid_at, payment_id)",
            description = DIRECT, responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    @RequiresScope(Scope.READ)
    @GetMapping("/api/v1/projects/{id}/exports/payments.csv")
    public void payments(@PathVariable long id, @Parameter(description = RANGE) @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to,
                         @Parameter(description = "true: start with a UTF-8 BOM, for Excel") @RequestParam(required = false) String bom,
                         HttpServletResponse response) throws IOException {
        direct(id, ExportRequest.ofQuery(ExportKind.PAYMENTS, from, to, bom), response);
    }

    @Operation(summary = "Queue an export of any size as a job that writes its file",
            description = "Write scope. Body {\"kind\": \"ACCRUALS\"|\"PAYMENTS\", \"from\": \"YYYY-MM-DD\", "
                    + "\"to\": \"YYYY-MM-DD\", \"bom\": false}. 202 with the export's status and its Location to poll; the job shows a "
                    + "progress bar in the JobRunr dashboard. 400 problem listing each bad field; 404 for an unknown project. " + RANGE)
    @RequiresScope(Scope.WRITE)
    @PostMapping(path = "/api/v1/projects/{id}/exports", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "202", description = "accepted; poll the Location")
    public ResponseEntity<ExportView> queue(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.Export.class)))
            @RequestBody(required = false) String body) {
        ExportRequest request = ExportRequest.ofBody(body);
        ExportProject project = project(id);
        PayoutExport export = exports.create(UUID.randomUUID(), project, request.kind(), request.from(), request.to(), request.bom(),
                clock.instant());
        queue.enqueue(export.id(), new ExportJob(export.id(), request.kind().word() + " export of " + project.slug() + " "
                + request.from() + ".." + request.to()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(ExportView.location(export.id()))).body(ExportView.of(export));
    }

    @Operation(summary = "A queued export's status: QUEUED, RUNNING, SUCCEEDED (with its download link) or FAILED (with why)",
            description = "Read scope. 404 for an unknown export or another organisation's.")
    @RequiresScope(Scope.READ)
    @GetMapping(path = "/api/v1/exports/{exportId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ExportView status(@PathVariable String exportId) {
        return ExportView.of(export(exportId));
    }

    @Operation(summary = "A succeeded export's file, as CSV",
            description = "Read scope. 409 problem while it is not SUCCEEDED; 404 for an unknown export.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    @RequiresScope(Scope.READ)
    @GetMapping("/api/v1/exports/{exportId}/file")
    public void file(@PathVariable String exportId, HttpServletResponse response) throws IOException {
        PayoutExport export = export(exportId);
        if (export.status() != ExportStatus.SUCCEEDED) {
            throw new ExportNotReadyException(export);
        }
        ExportProject project = project(export.projectId());
        if (!Files.isRegularFile(export.file())) {
            throw new ResponseStatusException(HttpStatus.GONE, "the file of export " + export.id() + " is no longer on this node ("
                    + export.file() + "); queue the export again");
        }
        start(response, ExportFileName.of(project, export.kind(), export.from(), export.to()));
        response.setContentLengthLong(Files.size(export.file()));
        try (InputStream in = Files.newInputStream(export.file())) {
            in.transferTo(response.getOutputStream());
        }
    }

    private void direct(long id, ExportRequest request, HttpServletResponse response) throws IOException {
        ExportProject project = project(id);
        var range = request.range(project.zone());
        long max = properties.directMaxLines();
        if (exporter.countUpTo(project, request.kind(), range, max) > max) {
            throw new TooLargeForDirectExportException(id, request, max);
        }
        start(response, ExportFileName.of(project, request.kind(), request.from(), request.to()));
        exporter.write(project, request.kind(), range, request.bom(), response.getOutputStream(), ExportProgress.NONE);
    }

    private static void start(HttpServletResponse response, String fileName) {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(CSV);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    }

    /** The caller's project; another organisation's answers like a missing one. */
    private ExportProject project(long id) {
        return caller.id().flatMap(organisation -> projects.find(organisation, id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no project " + id));
    }

    private PayoutExport export(String exportId) {
        UUID id;
        try {
            id = UUID.fromString(exportId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no export " + (exportId.length() > 64 ? exportId.substring(0, 64) + "…" : exportId));
        }
        return caller.id().flatMap(organisation -> exports.find(organisation, id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no export " + id));
    }
}
