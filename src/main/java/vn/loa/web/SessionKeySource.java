package vn.loa.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@value #KEY}: a random session-cookie key made at each start, used when {@code LOA_SESSION_KEY} is not
 * set (application.properties falls back to it). Without it Quarkus would make its own key and print it in the log,
 * and a session key in a log file is a way into every account.
 */
public final class SessionKeySource implements ConfigSource {

    static final String KEY = "loa.session.generated-key";

    private final Map<String, String> values;

    public SessionKeySource() {
        final byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        values = Map.of(KEY, Base64.getEncoder().encodeToString(key));
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(final String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "loa-generated-session-key";
    }

    @Override
    public int getOrdinal() {
        return 50; // below every other source: a configured key always wins
    }
}
