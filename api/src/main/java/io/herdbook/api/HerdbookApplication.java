package io.herdbook.api;

import io.herdbook.api.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one executable of Herdbook; {@code herdbook.roles} and the CLI command decide what it does. */
@SpringBootApplication(scanBasePackages = "io.herdbook")
public class HerdbookApplication {

    public static void main(String[] args) {
        int status = new Cli(System.out, System.err).run(args);
        if (status != Cli.KEEP_RUNNING) {
            System.exit(status);
        }
    }
}
