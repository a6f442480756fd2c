package io.herdbook.bench.parse;

import io.herdbook.bench.BenchContext;
import io.herdbook.bench.BenchOptions;
import io.herdbook.bench.Figure;
import io.herdbook.bench.FigureLine;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.RawResponse;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * P1 parse: pages per second, one thread, from a captured page to Herdbook's typed result, against a bare Jackson
 * token walk of the JSON cut out beforehand (line {@code P1}) and against HtmlUnit's DOM of the page
 * ({@code P1-htmlunit}). The unit is pages, not posts, for all three: a post page yields one post, a profile page
 * up to thirty or none (the 2024+ profiles render their posts client-side), and the baselines yield no posts at
 * all; the posts the mix yields are printed beside the figure. JMH measures in one forked JVM; round i of a line
 * is Herdbook's i-th measured iteration against the baseline's i-th. JMH's own report goes to
 * {@code ops/bench/target/jmh-p1.txt}, so only the figure lines reach the console.
 */
public final class ParseFigure implements Figure {

    @Override
    public String name() {
        return "P1";
    }

    @Override
    public List<FigureLine> measure(BenchContext context) throws Exception {
        Path fixtures = context.fixtures();
        List<FixturePages.Page> pages = FixturePages.load(fixtures);
        Files.createDirectories(context.work());
        Collection<RunResult> results = new Runner(options(context.options(), fixtures, context.work().resolve("jmh-p1.txt"))).run();
        double[] herdbook = pagesPerSecond(results, "herdbook", pages.size());
        Map<String, String> extras = Map.of("pages", Integer.toString(pages.size()), "posts", Integer.toString(posts(pages)));
        return List.of(
                new FigureLine("P1", "pages/s", herdbook, pagesPerSecond(results, "jacksonStreaming", pages.size()), extras),
                new FigureLine("P1-htmlunit", "pages/s", herdbook, pagesPerSecond(results, "htmlunitDom", pages.size()), extras));
    }

    /** Quick: one 1 s warm-up and one 1 s measurement; full: three 2 s warm-ups, then a 2 s iteration per round. */
    private static Options options(BenchOptions bench, Path fixtures, Path report) {
        TimeValue iteration = TimeValue.seconds(bench.quick() ? 1 : 2);
        return new OptionsBuilder()
                .include(Pattern.quote(ParseBenchmark.class.getName()) + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(bench.size(3, 1))
                .warmupTime(iteration)
                .measurementIterations(bench.rounds())
                .measurementTime(iteration)
                .jvmArgsAppend("-D" + ParseBenchmark.FIXTURES + "=" + fixtures)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .output(report.toString())
                .build();
    }

    /** Each measured iteration of one benchmark method, in operations per second, as pages per second. */
    private static double[] pagesPerSecond(Collection<RunResult> results, String method, int pagesPerOperation) {
        String name = ParseBenchmark.class.getName() + "." + method;
        RunResult run = results.stream().filter(r -> r.getParams().getBenchmark().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH returned no result for " + name));
        return run.getBenchmarkResults().stream()
                .map(BenchmarkResult::getIterationResults).flatMap(Collection::stream)
                .mapToDouble(iteration -> iteration.getPrimaryResult().getScore() * pagesPerOperation)
                .toArray();
    }

    private static int posts(List<FixturePages.Page> pages) {
        PlatformParser parser = new PlatformParser();
        int posts = 0;
        for (FixturePages.Page page : pages) {
            posts += switch (parser.parse(RawResponse.ok(page.html()))) {
                case ParsedPage.ProfilePage profile -> profile.posts().size();
                case ParsedPage.PostPage post -> 1;
                default -> 0;
            };
        }
        return posts;
    }
}
