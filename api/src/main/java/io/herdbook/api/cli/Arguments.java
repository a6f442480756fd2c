package io.herdbook.api.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: its own switches ({@code --exit}) and options ({@code --pages DIR} or
 * {@code --pages=DIR}), positional values, and Spring properties ({@code --name.with.dots=value}),
 * which are passed on. Anything else is refused, so a typo never runs silently.
 */
final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> switches = new HashSet<>();
    private final List<String> properties = new ArrayList<>();

    private Arguments() {
    }

    /**
     * @param valueOptions  names (without {@code --}) of the options that take a value
     * @param switchOptions names of the options that take none
     * @throws IllegalArgumentException naming the first argument that is none of these
     */
    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> switchOptions) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0 && valueOptions.contains(name.substring(0, equals))) {
                parsed.options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (equals > 0 && name.substring(0, equals).contains(".")) {
                parsed.properties.add(arg);
            } else if (switchOptions.contains(name)) {
                parsed.switches.add(name);
            } else if (valueOptions.contains(name)) {
                if (i + 1 == args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                parsed.options.put(name, args.get(++i));
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean has(String switchName) {
        return switches.contains(switchName);
    }

    /** The Spring properties, as {@code --name=value} arguments for the application. */
    List<String> properties() {
        return properties;
    }
}
