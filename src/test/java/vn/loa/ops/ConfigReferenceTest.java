package vn.loa.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Room: operations. The README's configuration table cannot drift from the code: every property of every
 * {@code @ConfigMapping} interface in {@code vn.loa} (prefix, kebab-case method names, nested groups) has a row with
 * its {@code @WithDefault}, and every {@code loa.*} row names a property that the code still reads.
 */
class ConfigReferenceTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern PROPERTY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9\"-]+)+");

    @Test
    void readme_listsEveryMappedPropertyWithItsDefault() throws IOException {
        final Map<String, String> mapped = mappedProperties();
        assertFalse(mapped.isEmpty(), "no @ConfigMapping found under " + CLASSES.toAbsolutePath());
        final Map<String, String> table = readmeTable();
        final List<String> problems = new ArrayList<>();
        mapped.forEach((name, def) -> {
            if (!table.containsKey(name)) {
                problems.add(name + " (default " + def + ") is missing from README's Configuration table");
            } else if (def != null && !table.get(name).contains("`" + def + "`")) {
                problems.add(name + ": README says " + table.get(name) + ", the code's default is `" + def + "`");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void readme_listsNoLoaPropertyThatTheCodeNoLongerReads() throws IOException {
        final Map<String, String> mapped = mappedProperties();
        final String sources = mainSources();
        final List<String> stale = new ArrayList<>();
        for (final String name : readmeTable().keySet()) {
            if (name.startsWith("loa.") && !mapped.containsKey(name) && !sources.contains("\"" + name + "\"")) {
                stale.add(name);
            }
        }
        assertTrue(stale.isEmpty(), "README lists properties nothing reads: " + stale);
    }

    @Test
    void kebab_camelCaseMethod_dashedLowerCase() {
        assertEquals("max-clock-offset", kebab("maxClockOffset"));
        assertEquals("tls", kebab("tls"));
    }

    /** Property name to its {@code @WithDefault} (null when it has none), over every mapping under target/classes. */
    static Map<String, String> mappedProperties() throws IOException {
        final Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("vn/loa"))) {
            for (final Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                final String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                final Class<?> type = load(name);
                final ConfigMapping mapping = type == null ? null : type.getAnnotation(ConfigMapping.class);
                if (mapping != null) {
                    walk(type, mapping.prefix(), out);
                }
            }
        }
        return out;
    }

    private static void walk(final Class<?> type, final String prefix, final Map<String, String> out) {
        for (final Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.isDefault() || m.getParameterCount() > 0) {
                continue;
            }
            final WithName named = m.getAnnotation(WithName.class);
            final String key = prefix + "." + (named != null ? named.value() : kebab(m.getName()));
            final Class<?> result = m.getReturnType();
            if (result.isInterface() && result.getName().startsWith("vn.loa.")) {
                walk(result, key, out);
            } else {
                final WithDefault def = m.getAnnotation(WithDefault.class);
                out.put(key, def == null ? null : def.value());
            }
        }
    }

    static String kebab(final String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Property name to its default cell, for every property named in the first cell of the table's rows. */
    static Map<String, String> readmeTable() throws IOException {
        final String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        final int start = readme.indexOf("\n## Configuration\n");
        assertTrue(start >= 0, "README has no '## Configuration' section");
        final int end = readme.indexOf("\n## ", start + 5);
        final Map<String, String> rows = new TreeMap<>();
        int defaults = -1;
        for (final String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            final String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 4) {
                continue;
            }
            if (defaults < 0) {
                defaults = List.of(cells).stream().map(String::trim).toList().indexOf("Default");
                assertTrue(defaults > 1, "the table's header has no Default column: " + line);
                continue;
            }
            final Matcher code = CODE.matcher(cells[1]);
            while (code.find()) {
                if (PROPERTY.matcher(code.group(1)).matches()) {
                    rows.put(code.group(1), cells[defaults].trim());
                }
            }
        }
        return rows;
    }

    private static String mainSources() throws IOException {
        final StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (final Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static Class<?> load(final String name) {
        try {
            return Class.forName(name, false, ConfigReferenceTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
