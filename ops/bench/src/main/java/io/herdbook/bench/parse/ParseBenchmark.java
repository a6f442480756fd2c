package io.herdbook.bench.parse;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.RawResponse;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JMH benchmark behind P1. One operation parses the whole page mix of {@link FixturePages} once, so
 * operations per second times the page count is pages per second. The fixtures folder comes from the system
 * property {@code herdbook.fixtures}, which {@link ParseFigure} passes to the forked JVM.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

    /** The system property naming the folder of real captures. */
    static final String FIXTURES = "herdbook.fixtures";

    private List<FixturePages.Page> pages;
    private List<RawResponse> responses;
    private PlatformParser parser;
    private JacksonTokenWalk walk;
    private HtmlUnitDom dom;

    @Setup
    public void load() {
        pages = FixturePages.load(Path.of(System.getProperty(FIXTURES)));
        responses = pages.stream().map(page -> RawResponse.ok(page.html())).toList();
        parser = new PlatformParser();
        walk = new JacksonTokenWalk();
        dom = new HtmlUnitDom();
        requireData();
    }

    @TearDown
    public void close() {
        dom.close();
    }

    /** Herdbook: each page as the fetcher hands it over, to the typed result. */
    @Benchmark
    public void herdbook(Blackhole hole) {
        for (RawResponse response : responses) {
            hole.consume(parser.parse(response));
        }
    }

    /** The baseline of P1: a token walk of each page's JSON, cut out beforehand. */
    @Benchmark
    public void jacksonStreaming(Blackhole hole) {
        for (FixturePages.Page page : pages) {
            hole.consume(walk.walk(page.dataJson()));
        }
    }

    /** The baseline of P1-htmlunit: each page's DOM. */
    @Benchmark
    public void htmlunitDom(Blackhole hole) {
        for (FixturePages.Page page : pages) {
            hole.consume(dom.build(page.html()));
        }
    }

    /** A figure over pages Herdbook cannot read would time the error path, so every page must be data. */
    private void requireData() {
        for (int i = 0; i < pages.size(); i++) {
            ParsedPage page = parser.parse(responses.get(i));
            if (page.outcome() != Outcome.DATA) {
                throw new IllegalStateException(pages.get(i).name() + " is not data: " + page);
            }
            if (dom.build(pages.get(i).html()) == 0) {
                throw new IllegalStateException(pages.get(i).name() + ": HtmlUnit found no data script");
            }
        }
    }
}
