package io.herdbook.api.cli;

import io.herdbook.api.access.ApiKeys;
import io.herdbook.api.access.IssuedKey;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.tracking.TenantStore;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook api-key --email EMAIL [--organisation SLUG] [--scopes read,write,admin] [--name NAME]
 * [--platform-admin]}: issues a key on the server itself, the way in before any key exists. The organisation
 * and the person are made when missing and the person owns the organisation; the secret is printed once.
 */
final class ApiKeyCommand {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}");
    private static final String USAGE = "Usage: herdbook api-key --email EMAIL [--organisation SLUG] [--scopes read,write,admin] "
            + "[--name NAME] [--platform-admin]";

    private final PrintStream out;
    private final PrintStream err;

    ApiKeyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, Set.of("email", "organisation", "scopes", "name"), Set.of("platform-admin"));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (!arguments.positional().isEmpty()) {
            return usage("unexpected argument " + arguments.positional().getFirst());
        }
        Optional<String> email = arguments.option("email");
        if (email.isEmpty() || !EMAIL.matcher(email.get()).matches()) {
            return usage("--email names the key's holder, an e-mail address");
        }
        String organisation = arguments.option("organisation").orElse(TrackCommand.DEFAULT_ORGANISATION);
        if (!SLUG.matcher(organisation).matches()) {
            return usage("the organisation is a slug: lower-case letters, digits and '-'");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String word : arguments.option("scopes").orElse("read,write,admin").split(",")) {
            Optional<Scope> scope = Scope.ofKeyWord(word.trim());
            if (scope.isEmpty()) {
                return usage("'" + word + "' is not a scope: read, write, admin");
            }
            scopes.add(scope.get());
        }
        String name = arguments.option("name").orElse("issued by herdbook api-key");
        try (ConfigurableApplicationContext context = Node.start(false, arguments.properties())) {
            TenantStore tenants = context.getBean(TenantStore.class);
            long organisationId = tenants.ensureOrganisation(organisation, organisation);
            IssuedKey key = context.getBean(ApiKeys.class).bootstrap(organisationId, email.get(), name, scopes,
                    arguments.has("platform-admin"));
            out.println("API key " + key.id() + " for " + email.get().toLowerCase(java.util.Locale.ROOT) + " in " + organisation
                    + " (" + String.join(",", scopes.stream().map(Scope::word).toList()) + (arguments.has("platform-admin")
                    ? ", platform admin" : "") + "); shown only now:");
            out.println(key.secret());
            return 0;
        } catch (RuntimeException e) {
            err.println("herdbook api-key: " + Failures.reason(e));
            return 1;
        }
    }

    private int usage(String problem) {
        err.println("herdbook api-key: " + problem);
        err.println(USAGE);
        return Cli.USAGE;
    }
}
