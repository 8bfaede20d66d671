package vn.loa.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.playback.SinkKind;

class AgentConfigTest {

    private static final String KEY = "LOA_CONTROLLER_PUBLIC_KEY";
    private static final String TEST_KEY = "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=";

    @Test
    void from_controllerKey_readsItAndItsKeyId() {
        final AgentConfig config = AgentConfig.from(new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY));

        assertEquals("56475aa75463474c", config.controllerKey().keyId());
        assertTrue(config.toString().contains("controllerKey=56475aa75463474c"));
    }

    @Test
    void from_noControllerKey_throwsNamingTheVariable() {
        final InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> AgentConfig.from(new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1")));

        assertEquals("LOA_CONTROLLER_PUBLIC_KEY (or controller.public.key) is required", e.getMessage());
    }

    @Test
    void from_controllerKeyNot32Bytes_throws() {
        final InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> AgentConfig.from(
                new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, "AAAA")));

        assertEquals("LOA_CONTROLLER_PUBLIC_KEY (controller.public.key) is invalid: public key must be 32 bytes, got 3",
                e.getMessage());
    }

    @Test
    void from_onlyReceiverId_appliesDefaults() {
        final AgentConfig config = AgentConfig.from(new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY));

        assertEquals("rx-1", config.receiverId().value());
        assertEquals("127.0.0.1", config.brokerHost());
        assertEquals(1883, config.brokerPort());
        assertNull(config.brokerUsername());
        assertFalse(config.brokerTls());
        assertEquals(URI.create("http://127.0.0.1:8080"), config.controllerUrl());
        assertEquals(Path.of("./loa-cache"), config.cacheDir());
        assertEquals(SinkKind.AUTO, config.audioSink());
        assertEquals(512L * 1024 * 1024, config.cacheMaxBytes());
        assertEquals(java.time.Duration.ofSeconds(60), config.heartbeat());
        assertEquals(java.time.Duration.ofSeconds(5), config.ampLead());
        assertNull(config.firmware());
        assertNull(config.healthCommand());
        assertNull(config.ampCommand());
        assertNull(config.ampGpioFile());
    }

    @Test
    void from_hardwareSettings_readsThem() {
        final AgentConfig config = AgentConfig.from(new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY,
                "LOA_HEALTH_COMMAND", "/usr/local/bin/loa-health --json  no", "LOA_AMP_COMMAND", "/opt/amp",
                "LOA_AMP_LEAD_SECONDS", "2", "LOA_HEARTBEAT_SECONDS", "15", "LOA_CACHE_MAX_BYTES", "1000",
                "LOA_FIRMWARE", "armbian-24.5"));

        assertEquals(java.util.List.of("/usr/local/bin/loa-health", "--json", "no"), config.healthCommand());
        assertEquals(java.util.List.of("/opt/amp"), config.ampCommand());
        assertEquals(java.time.Duration.ofSeconds(2), config.ampLead());
        assertEquals(java.time.Duration.ofSeconds(15), config.heartbeat());
        assertEquals(1000, config.cacheMaxBytes());
        assertEquals("armbian-24.5", config.firmware());
    }

    @Test
    void from_ampCommandAndGpioFile_throws() {
        final InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> AgentConfig.from(
                new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY,
                        "LOA_AMP_COMMAND", "/opt/amp", "LOA_AMP_GPIO_FILE", "/sys/class/gpio/gpio17/value")));

        assertEquals("set LOA_AMP_COMMAND or LOA_AMP_GPIO_FILE, not both", e.getMessage());
    }

    @Test
    void from_heartbeatZero_throws() {
        assertThrows(InvalidConfigException.class, () -> AgentConfig.from(new Properties(), Map.of(
                "LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY, "LOA_HEARTBEAT_SECONDS", "0")));
    }

    @Test
    void from_fileAndEnv_envWins() {
        final Properties file = new Properties();
        file.setProperty("receiver.id", "rx-file");
        file.setProperty("broker.host", "file-host");
        file.setProperty("broker.port", "1884");
        file.setProperty("audio.sink", "soundcard");

        final AgentConfig config = AgentConfig.from(file,
                Map.of("LOA_BROKER_HOST", "env-host", "LOA_AUDIO_SINK", "realtime", "LOA_BROKER_TLS", "true",
                        KEY, TEST_KEY));

        assertEquals("rx-file", config.receiverId().value());
        assertEquals("env-host", config.brokerHost());
        assertEquals(1884, config.brokerPort());
        assertEquals(SinkKind.REALTIME, config.audioSink());
        assertTrue(config.brokerTls());
    }

    @Test
    void from_blankEnv_fallsBackToFile() {
        final Properties file = new Properties();
        file.setProperty("receiver.id", "rx-file");

        file.setProperty("controller.public.key", TEST_KEY);

        assertEquals("rx-file", AgentConfig.from(file, Map.of("LOA_RECEIVER_ID", " ")).receiverId().value());
    }

    @Test
    void from_noReceiverId_throwsNamingTheVariable() {
        final InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> AgentConfig.from(new Properties(), Map.of()));

        assertEquals("LOA_RECEIVER_ID (or receiver.id) is required", e.getMessage());
    }

    @Test
    void from_invalidReceiverId_throws() {
        final InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> AgentConfig.from(new Properties(), Map.of("LOA_RECEIVER_ID", "RX 1")));

        assertTrue(e.getMessage().startsWith("LOA_RECEIVER_ID (receiver.id) is invalid: receiverId must match"),
                e.getMessage());
    }

    @Test
    void from_portNotANumber_throws() {
        final InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> AgentConfig.from(
                new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY, "LOA_BROKER_PORT", "18x3")));

        assertEquals("LOA_BROKER_PORT (broker.port) is invalid: not a number: '18x3'", e.getMessage());
    }

    @Test
    void from_portOutOfRange_throws() {
        assertThrows(InvalidConfigException.class, () -> AgentConfig.from(
                new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY, "LOA_BROKER_PORT", "70000")));
    }

    @Test
    void from_unknownSink_throws() {
        final InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> AgentConfig.from(
                new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY, "LOA_AUDIO_SINK", "hdmi")));

        assertEquals("LOA_AUDIO_SINK (audio.sink) is invalid: must be auto, soundcard or realtime, got 'hdmi'",
                e.getMessage());
    }

    @Test
    void from_controllerUrlNotHttp_throws() {
        assertThrows(InvalidConfigException.class, () -> AgentConfig.from(
                new Properties(), Map.of("LOA_RECEIVER_ID", "rx-1", KEY, TEST_KEY, "LOA_CONTROLLER_URL", "ftp://x")));
    }

    @Test
    void load_configFile_readsItAndEnvStillWins(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("agent.properties");
        Files.writeString(file, "receiver.id=rx-file\nbroker.username=loa\nbroker.password=secret\n"
                + "controller.public.key=" + TEST_KEY + "\n");

        final AgentConfig config = AgentConfig.load(new String[] {"--config", file.toString()},
                Map.of("LOA_BROKER_USERNAME", "env-user"));

        assertEquals("rx-file", config.receiverId().value());
        assertEquals("env-user", config.brokerUsername());
        assertEquals("secret", config.brokerPassword());
        assertFalse(config.toString().contains("secret"));
    }

    @Test
    void load_missingFile_throws() {
        final InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> AgentConfig.load(new String[] {"--config", "/nonexistent/agent.properties"}, Map.of()));

        assertTrue(e.getMessage().startsWith("cannot read config file '/nonexistent/agent.properties'"));
    }

    @Test
    void load_unknownArgument_throws() {
        assertThrows(InvalidConfigException.class, () -> AgentConfig.load(new String[] {"--verbose"}, Map.of()));
    }
}
