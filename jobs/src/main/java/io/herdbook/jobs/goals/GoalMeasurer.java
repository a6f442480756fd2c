package io.herdbook.jobs.goals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Measures every creator a goal covers over one closed period, by the stats observed before the period's end +
 * 48 h. A creator without posts in the period gets a result too (0 posts, not met): "did not post" is an answer.
 */
public class GoalMeasurer implements ItemProcessor<GoalPeriod, GoalPeriodResults> {

    private final GoalStore goals;
    private final PeriodPosts posts;

    public GoalMeasurer(GoalStore goals, PeriodPosts posts) {
        this.goals = goals;
        this.posts = posts;
    }

    @Override
    public GoalPeriodResults process(GoalPeriod item) {
        Goal goal = item.goal();
        List<Long> creators = goals.creatorsOf(goal);
        Instant cutoff = EvaluationMark.statsCutoff(item.period());
        Map<Long, List<PostMeasure>> byCreator = new LinkedHashMap<>();
        creators.forEach(creator -> byCreator.put(creator, new ArrayList<>()));
        for (PostMeasure post : posts.measure(goal.organisationId(), creators, item.period(), StatsCutoff.at(cutoff))) {
            byCreator.get(post.creatorId()).add(post);
        }
        List<CreatorGoalResult> results = new ArrayList<>();
        byCreator.forEach((creator, measured) ->
                results.add(new CreatorGoalResult(creator, GoalOutcome.of(goal.metric(), goal.target(), measured), measured)));
        return new GoalPeriodResults(item, cutoff, results);
    }
}
