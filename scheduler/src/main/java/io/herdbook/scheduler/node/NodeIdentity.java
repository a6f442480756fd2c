package io.herdbook.scheduler.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name this node goes by in the run ledger, in partition records and in logs:
 * {@code herdbook.node.name}, by default {@code host-pid} so two nodes on one machine differ.
 */
@Component
public class NodeIdentity {

    private final String name;

    public NodeIdentity(@Value("${herdbook.node.name:}") String configured) {
        this.name = configured.isBlank() ? host() + "-" + ProcessHandle.current().pid() : configured;
    }

    public String name() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
