package vn.loa.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The paths that {@code quarkus.http.auth.permission.<name>.policy=permit} opens to anonymous requests (with
 * their {@code .methods}, all methods when absent), read from the same configuration Quarkus's authorizer reads,
 * so {@link ApiLoginRequired} never disagrees with it. A path ending in {@code /*} covers everything below it.
 */
final class OpenPaths {

    private static final Pattern POLICY = Pattern.compile("quarkus\\.http\\.auth\\.permission\\.([^.]+|\"[^\"]+\")\\.policy");

    private record Rule(String path, Set<String> methods) {

        boolean matches(final String method, final String requestPath) {
            if (!methods.isEmpty() && !methods.contains(method.toUpperCase(Locale.ROOT))) {
                return false;
            }
            if (path.endsWith("/*")) {
                final String prefix = path.substring(0, path.length() - 2);
                return requestPath.equals(prefix) || requestPath.startsWith(prefix + "/");
            }
            return requestPath.equals(path);
        }
    }

    private final List<Rule> rules;

    private OpenPaths(final List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The open paths among {@code properties} (configuration names to values). */
    static OpenPaths of(final Map<String, String> properties) {
        final List<Rule> rules = new ArrayList<>();
        properties.forEach((name, value) -> {
            final Matcher m = POLICY.matcher(name);
            if (!m.matches() || !"permit".equals(value.strip())) {
                return;
            }
            final String prefix = "quarkus.http.auth.permission." + m.group(1);
            final Set<String> methods = split(properties.get(prefix + ".methods"))
                    .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            split(properties.get(prefix + ".paths")).forEach(p -> rules.add(new Rule(p, methods)));
        });
        return new OpenPaths(rules);
    }

    boolean isOpen(final String method, final String path) {
        return rules.stream().anyMatch(r -> r.matches(method, path));
    }

    private static Stream<String> split(final String list) {
        return list == null ? Stream.empty()
                : Stream.of(list.split(",")).map(String::strip).filter(s -> !s.isEmpty());
    }
}
