package vn.loa.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Room: operations. The systemd units in the repository parse, keep the hardening the README promises, and start
 * the jars the builds really produce.
 */
class SystemdUnitsTest {

    static final Path CONTROLLER = Path.of("deploy", "systemd", "loa-controller.service");
    static final Path AGENT = Path.of("devices", "agent", "deploy", "loa-agent.service");

    @Test
    void systemdAnalyzeVerify_bothUnits_noComplaint() throws Exception {
        final Path tool = Path.of("/usr/bin/systemd-analyze");
        assumeTrue(Files.isExecutable(tool), "systemd-analyze is not installed");
        final Process p = new ProcessBuilder(tool.toString(), "verify", CONTROLLER.toString(), AGENT.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "systemd-analyze did not finish");
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        // it reports unknown keys and bad values as warnings with exit code 0: any output is a failure here
        assertEquals("", out);
        assertEquals(0, p.exitValue());
    }

    @Test
    void controllerUnit_hardenedAndRestarting_startsTheQuarkusRunJar() throws IOException {
        final Map<String, List<String>> unit = service(CONTROLLER);
        commonRules(unit, "loa");
        assertTrue(only(unit, "ExecStart").endsWith(" -jar /opt/loa/quarkus-app/quarkus-run.jar"),
                "the build writes target/quarkus-app/quarkus-run.jar: " + only(unit, "ExecStart"));
        final String env = Files.readString(Path.of("deploy", "systemd", "loa-controller.env"));
        assertTrue(env.contains("\nLOA_DATA_DIR=/var/lib/loa\n"), "the env file puts the data dir where it may write");
        assertTrue(unit.get("ReadWritePaths").contains("/var/lib/loa"));
    }

    @Test
    void agentUnit_hardenedAndRestarting_startsTheJarTheAgentBuildNames() throws IOException {
        final Map<String, List<String>> unit = service(AGENT);
        commonRules(unit, "loa-agent");
        final Matcher name = Pattern.compile("<finalName>([^<]+)</finalName>")
                .matcher(Files.readString(Path.of("devices", "agent", "pom.xml")));
        assertTrue(name.find(), "the agent's pom names its jar");
        assertTrue(only(unit, "ExecStart").endsWith(" -jar /opt/loa-agent/" + name.group(1) + ".jar"),
                only(unit, "ExecStart"));
        final String env = Files.readString(Path.of("devices", "agent", "deploy", "loa-agent.env"));
        assertTrue(env.contains("\nLOA_CACHE_DIR=/var/lib/loa-agent\n"), "the cache where the agent may write");
        assertTrue(unit.get("ReadWritePaths").contains("/var/lib/loa-agent"));
    }

    private static void commonRules(final Map<String, List<String>> unit, final String user) {
        assertEquals(user, only(unit, "User"));
        assertEquals("on-failure", only(unit, "Restart"));
        assertTrue(only(unit, "EnvironmentFile").startsWith("/etc/"), "an environment file under /etc");
        assertEquals("yes", only(unit, "NoNewPrivileges"));
        assertEquals("strict", only(unit, "ProtectSystem"));
        assertEquals("multi-user.target", only(unit, "WantedBy"));
    }

    private static String only(final Map<String, List<String>> unit, final String key) {
        final List<String> values = unit.getOrDefault(key, List.of());
        assertEquals(1, values.size(), key + " set once: " + values);
        return values.get(0);
    }

    /** Keys of the unit file (all sections), each with its values in order; comments and blank lines skipped. */
    static Map<String, List<String>> service(final Path file) throws IOException {
        final Map<String, List<String>> keys = new LinkedHashMap<>();
        for (final String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            final String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("[")) {
                continue;
            }
            final int eq = line.indexOf('=');
            assertTrue(eq > 0, file + ": not a key=value line: " + line);
            keys.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
        }
        return keys;
    }
}
