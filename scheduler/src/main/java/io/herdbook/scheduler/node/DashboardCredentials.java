package io.herdbook.scheduler.node;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The JobRunr dashboard's HTTP basic credentials: {@code herdbook.dashboard.username} (default
 * {@code operator}) and {@code herdbook.dashboard.password}, or a generated password when none is set.
 */
final class DashboardCredentials {

    static final String USERNAME = "herdbook.dashboard.username";
    static final String PASSWORD = "herdbook.dashboard.password";
    static final String PORT = "herdbook.dashboard.port";
    static final String DEFAULT_USERNAME = "operator";
    static final int DEFAULT_PORT = 8000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private DashboardCredentials() {
    }

    /** 144 random bits, URL-safe so it can be typed into a browser's prompt or a curl command. */
    static String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
