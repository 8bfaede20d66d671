package vn.loa.agent;

import java.util.logging.LogManager;

/**
 * Keeps logging alive during JVM shutdown: the JDK's LogManager resets (closes) every handler from its own shutdown
 * hook, which would swallow the "stopping"/"stopped" lines written by the agent's shutdown hook.
 */
public final class AgentLogManager extends LogManager {

    private volatile boolean configured;

    void markConfigured() {
        configured = true;
    }

    @Override
    public void reset() {
        if (!configured) {
            super.reset();
        }
    }
}
