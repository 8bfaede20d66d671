package vn.loa.agent;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.loa.agent.config.AgentConfig;
import vn.loa.agent.config.InvalidConfigException;

/**
 * {@code java -jar loa-agent.jar [--config file.properties]}; settings also from {@code LOA_*} environment
 * variables. Exit status: 2 for an invalid configuration, 1 if the cache cannot be opened; after SIGTERM the
 * shutdown hook stops the agent cleanly and the JVM exits with its usual 143.
 */
public final class Main {

    private Main() {
    }

    public static void main(final String[] args) throws InterruptedException {
        LogSetup.install();
        final AgentConfig config;
        try {
            config = AgentConfig.load(args, System.getenv());
        } catch (InvalidConfigException e) {
            // an operator message, before anything runs; not a log event
            System.err.println("loa-agent: invalid configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        final Agent agent;
        try {
            agent = Agent.start(config);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "loa-agent cannot start: " + e, e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(agent::stop, "loa-shutdown"));
        agent.awaitStopped();
    }
}
