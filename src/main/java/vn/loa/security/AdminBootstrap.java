package vn.loa.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.jboss.logging.Logger;

/**
 * On the very first start (no users at all) creates the {@code admin} account. There is no default password: it
 * comes from {@code LOA_ADMIN_PASSWORD}, or is random and printed once, here and never again.
 */
@ApplicationScoped
class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    UserService users;

    @Inject
    SecurityConfig config;

    void onStart(@Observes @Priority(5) final StartupEvent ignored) {
        if (!users.noUsers()) {
            return;
        }
        final boolean given = config.password().isPresent();
        final String password = config.password().orElseGet(AdminBootstrap::randomPassword);
        users.create("admin", password, Role.admin);
        if (given) {
            LOG.info("created user 'admin' with the password from LOA_ADMIN_PASSWORD");
        } else {
            LOG.warnf("%n%n    First start: created user 'admin' with password  %s%n"
                    + "    It is shown this once. Set LOA_ADMIN_PASSWORD to choose it instead.%n", password);
        }
    }

    static String randomPassword() {
        final SecureRandom random = new SecureRandom();
        final StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
