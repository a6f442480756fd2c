package io.herdbook.jobs.placeholder;

/**
 * The catalogue's jobs whose logic has not arrived yet, each with the issue that brings it. Their
 * names are stored in the job repository and the run ledger; renaming one needs a migration.
 */
public enum PlaceholderJob {

    HEALTH_CHECK("health-check", "a later issue"),
    ANOMALY_CHECK("anomaly-check", "a later issue"),
    DAILY_DIGEST("daily-digest", "a later issue"),
    VIDEO_EXPIRY("video-expiry", "a later issue");

    private final String jobName;
    private final String arrivesWith;

    PlaceholderJob(String jobName, String arrivesWith) {
        this.jobName = jobName;
        this.arrivesWith = arrivesWith;
    }

    /** The job's stored, kebab-case name. */
    public String jobName() {
        return jobName;
    }

    /** The issue that replaces the placeholder with the real job, as said in its log line. */
    public String arrivesWith() {
        return arrivesWith;
    }

    /** The name of its one step: the job name in camel case plus {@code Step}, like {@code discoveryStep}. */
    String stepName() {
        StringBuilder name = new StringBuilder();
        for (String word : jobName.split("-")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.append("Step").toString();
    }
}
