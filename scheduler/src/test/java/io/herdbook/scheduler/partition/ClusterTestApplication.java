package io.herdbook.scheduler.partition;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Herdbook node for the scheduler's tests: everything under io.herdbook, plus the test-only probe job. */
@SpringBootApplication(scanBasePackages = "io.herdbook")
class ClusterTestApplication {
}
