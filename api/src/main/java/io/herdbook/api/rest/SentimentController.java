package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.reports.sentiment.CommentCursor;
import io.herdbook.reports.sentiment.CommentFilter;
import io.herdbook.reports.sentiment.CommentOrder;
import io.herdbook.reports.sentiment.CommentStreams;
import io.herdbook.reports.range.DateRange;
import io.herdbook.reports.sentiment.SentimentComment;
import io.herdbook.reports.sentiment.SentimentRadars;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A project's sentiment radar, and its comment stream page by page. Read scope. No {@code campaign} filter: campaigns do not exist yet (issue 5), and a parameter that filtered
 * nothing would say otherwise.
 */
@Tag(name = "sentiment", description = "What a project's audience says in comments. Read scope.")
@RestController
@RequestMapping(path = "/api/v1/projects/{id}/sentiment", produces = MediaType.APPLICATION_JSON_VALUE)
public class SentimentController {

    static final String RANGE = "Whole days in the project's time zone, both included; from defaults to 29 days before to, "
            + "to to today; at most " + DateRange.MAX_DAYS + " days.";

    private final SentimentRadars radars;
    private final CommentStreams streams;
    private final CallerOrganisation caller;
    private final Clock clock;

    SentimentController(SentimentRadars radars, CommentStreams streams, CallerOrganisation caller, Clock clock) {
        this.radars = radars;
        this.streams = streams;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(summary = "The radar: KPIs, volume by day (≤ 14 days) or ISO week, creators ranked by average score "
            + "(≥ 20 analysed comments), negative-vibes alerts (≥ 40 % negative of ≥ 10 analysed), and the first page of the stream",
            description = "Read scope. UNSCORED comments count in totals and appear in the stream, "
                    + "never in percentages or averages. " + RANGE)
    @RequiresScope(Scope.READ)
    @GetMapping
    public SentimentRadarView radar(@PathVariable long id,
                                    @Parameter(description = RANGE) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @Parameter(description = "positive, neutral, negative or unscored") @RequestParam(required = false) String label,
                                    @Parameter(description = "case-insensitive text the comment contains") @RequestParam(required = false) String q,
                                    @RequestParam(defaultValue = "50") int limit) {
        int size = Limits.limit(limit);
        CommentFilter filter = CommentFilter.of(label, q);
        RadarScope scope = scope(id);
        DateRange range = DateRange.of(from, to, scope.zone(), clock);
        return SentimentRadarView.of(id, radars.radar(scope.organisation(), id, range),
                stream(scope.organisation(), id, range, filter, null, size));
    }

    @Operation(summary = "The project's comments in range, newest first, by cursor (the radar's stream.next continues here)",
            description = "Read scope. UNSCORED comments are listed too; label=unscored shows only them. " + RANGE)
    @RequiresScope(Scope.READ)
    @GetMapping("/comments")
    public Page<SentimentComment> comments(@PathVariable long id,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(required = false) String label, @RequestParam(required = false) String q,
                                           @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        CommentFilter filter = CommentFilter.of(label, q);
        CommentCursor after = cursor == null ? null : CommentCursor.parse(cursor, CommentOrder.NEWEST);
        RadarScope scope = scope(id);
        return stream(scope.organisation(), id, DateRange.of(from, to, scope.zone(), clock), filter, after, size);
    }

    private Page<SentimentComment> stream(long organisation, long project, DateRange range, CommentFilter filter,
                                          CommentCursor after, int size) {
        List<SentimentComment> rows = streams.project(organisation, project, range, filter, after, size + 1);
        return CommentPages.page(rows, size, CommentOrder.NEWEST);
    }

    /** The caller's organisation and the project's zone; another organisation's project answers like a missing one. */
    private RadarScope scope(long project) {
        return caller.id().flatMap(organisation -> radars.projectZone(organisation, project).map(zone -> new RadarScope(organisation, zone)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no project " + project));
    }

    private record RadarScope(long organisation, ZoneId zone) {
    }
}
