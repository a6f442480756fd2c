package io.herdbook.api.metrics;

import io.herdbook.reports.completeness.CaptureCompleteness;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code herdbook.capture.completeness} (exported {@code herdbook_capture_completeness}), one row per project
 * with a figure, tagged {@code organisation} and {@code project} (their slugs). The figure is a query over every
 * project, so it is taken once a minute in the background and a scrape reads the last one, never the database; a
 * project without a figure (no creator with a known count) has no row rather than a misleading 0. On API nodes only.
 */
@Component
@ConditionalOnWebApplication
public class CompletenessGauges implements DisposableBean {

    static final String NAME = "herdbook.capture.completeness";
    private static final Logger log = LoggerFactory.getLogger(CompletenessGauges.class);

    private final CaptureCompleteness completeness;
    private final MultiGauge gauge;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("completeness-gauge").factory());

    public CompletenessGauges(MeterRegistry registry, CaptureCompleteness completeness) {
        this.completeness = completeness;
        this.gauge = MultiGauge.builder(NAME)
                .description("Captured posts / the profiles' post counts, per project (1 = every counted post captured)")
                .register(registry);
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, 1, TimeUnit.MINUTES);
    }

    /** Takes every project's figure now. */
    public void refresh() {
        List<MultiGauge.Row<?>> rows = completeness.allProjects().stream()
                .filter(p -> p.figure().completeness() != null)
                .<MultiGauge.Row<?>>map(p -> MultiGauge.Row.of(Tags.of("organisation", p.organisation(), "project", p.project()),
                        p.figure().completeness()))
                .toList();
        gauge.register(rows, true);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database may be away for a moment: the last figures stay, and the next minute tries again.
            log.warn("herdbook.capture.completeness not refreshed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
